#include "advisor/rules/TaskScopeRule.h"

namespace rolelens {

void TaskScopeRule::check(const RuleContext &context, const Role &role,
                          QList<Advice::Finding> &findings)
{
    const Scenario &scenario = context.scenario;
    for (const auto &id : scenario.tasks) {
        const Task *task = context.catalog.task(id);
        if (RoleLookups::does(role, *task)) {
            continue;
        }
        const Role *handler = context.catalog.role(task->handledBy);
        Advice::Finding finding;
        finding.id = QStringLiteral("task-out-of-scope");
        finding.severity = Advice::Severity::Warning;
        finding.subject = task->id;
        finding.message = tr("\"%1\" is not the work of a %2: a %3 does it.")
                              .arg(task->label, role.title.toLower(), handler->title.toLower());
        for (const auto &exclusion : role.notResponsibleFor) {
            if (exclusion.handledBy == handler->id) {
                finding.explanation = exclusion.task;
                RoleLookups::appendUnique(finding.sources, exclusion.sources);
            }
        }
        if (finding.explanation.isEmpty()) {
            finding.explanation = tr("None of the %1's responsibilities covers it; it is part "
                                     "of the %2's work.")
                                      .arg(role.title.toLower(), handler->title.toLower());
        }
        RoleLookups::appendUnique(finding.sources, RoleLookups::taskSources(*handler, *task));
        finding.suggestion = tr("Hire or contract a %1 for it, or leave it out of this job "
                                "description.")
                                 .arg(handler->title.toLower());
        findings.append(finding);
    }
}

} // namespace rolelens
