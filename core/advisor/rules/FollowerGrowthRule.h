// follower-growth-unrealistic: the follower target needs more growth a month than the role gives.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks the owner's follower target against the judged role's growth assumption (the owner's
// figures or the catalog's): a warning above its high end, critical far above it.
class FollowerGrowthRule {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, const Role &role,
                      QList<Advice::Finding> &findings);
};

} // namespace rolelens
