// ads-without-budget: paid advertising is asked for, and no ad spend on top of the salary is set.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks the goals and tasks that need paid advertising against the scenario's ad budget, and
// cites who runs paid advertising in the catalog.
class AdBudgetRule {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, QList<Advice::Finding> &findings);
};

} // namespace rolelens
