// goal-out-of-scope: a goal the judged role does not serve is not what the role is for.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks each goal against the judged role and names the roles the goal belongs to. A goal the
// role works against in timing is left to HorizonRules.
class GoalScopeRule {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    // The suggestion names this many of the roles the goal belongs to, and counts the rest.
    static constexpr qsizetype kMaxNamedRoles = 3;

    static void check(const RuleContext &context, const Role &role,
                      QList<Advice::Finding> &findings);
};

} // namespace rolelens
