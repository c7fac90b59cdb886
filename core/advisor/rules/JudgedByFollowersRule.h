// judged-by-follower-count: judged mainly by follower count, which is not what the role is for.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks what the owner judges the hire by against the judged role's primary measures, and
// names those measures instead.
class JudgedByFollowersRule {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, const Role &role,
                      QList<Advice::Finding> &findings);
};

} // namespace rolelens
