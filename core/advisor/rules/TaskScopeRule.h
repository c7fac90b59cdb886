// task-out-of-scope: a task none of the judged role's responsibilities covers is another's work.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks each task against the judged role's responsibilities and names the role that does it.
class TaskScopeRule {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, const Role &role,
                      QList<Advice::Finding> &findings);
};

} // namespace rolelens
