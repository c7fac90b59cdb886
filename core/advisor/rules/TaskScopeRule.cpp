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
        finding.handledBy = handler->id;
        // The articles hedge ("not typically", "might require a different team member"):
        // the message keeps to "usually" and the reason is in the articles' own words.
        finding.message =
            tr("\"%1\" is usually not the work of the %2; the catalog gives it to the %3.")
                .arg(task->label, role.title.toLower(), handler->title.toLower());
        Citations apart;
        for (const auto &exclusion : role.notResponsibleFor) {
            if (exclusion.handledBy == handler->id) {
                RoleLookups::appendUnique(apart, exclusion.sources);
            }
        }
        RoleLookups::appendUnique(finding.sources, apart);
        const QString words = RoleLookups::quoted(apart);
        finding.explanation =
            words.isEmpty()
                ? tr("None of the %1's responsibilities covers it; it is part of the %2's work.")
                      .arg(role.title.toLower(), handler->title.toLower())
                : tr("In the articles' words: %1").arg(words);
        RoleLookups::appendUnique(finding.sources, RoleLookups::taskSources(*handler, *task));
        finding.suggestion = tr("Leave it out of this job description; if it must be done, hire "
                                "or contract someone for the %1's work.")
                                 .arg(handler->title.toLower());
        findings.append(finding);
    }
}

} // namespace rolelens
