#include "advisor/rules/AdBudgetRule.h"

#include "i18n/InSentence.h"
#include "i18n/Punctuation.h"

namespace rolelens {

void AdBudgetRule::check(const RuleContext &context, QList<Advice::Finding> &findings)
{
    const Scenario &scenario = context.scenario;
    if (scenario.budget && scenario.budget->monthlyAdSpend.value_or(0) > 0) {
        return;
    }
    QStringList needing;
    Citations sources;
    for (const auto &id : scenario.goals) {
        const Goal *goal = context.catalog.goal(id);
        if (goal->needsAdBudget) {
            needing.append(InSentence::label(goal->label));
        }
    }
    for (const auto &id : scenario.tasks) {
        const Task *task = context.catalog.task(id);
        if (task->needsAdBudget) {
            needing.append(InSentence::label(task->label));
            appendUnique(sources,
                         RoleLookups::taskSources(*context.catalog.role(task->handledBy), *task));
        }
    }
    if (needing.isEmpty()) {
        return;
    }
    if (sources.isEmpty()) {
        // A goal alone: cite who runs paid advertising in the catalog.
        for (const auto &task : context.catalog.tasks()) {
            if (task.needsAdBudget) {
                appendUnique(sources,
                             RoleLookups::taskSources(*context.catalog.role(task.handledBy), task));
            }
        }
    }
    Advice::Finding finding;
    finding.id = QStringLiteral("ads-without-budget");
    finding.severity = Advice::Severity::Warning;
    finding.subject = QStringLiteral("budget");
    finding.message = tr("%1 needs paid advertising, and no ad budget is set.")
                          .arg(Punctuation::semicolons(needing));
    finding.message[0] = finding.message[0].toUpper();
    // Beyond the articles, which never say what paid campaigns cost: labelled and cited so.
    finding.explanation = tr("Paid campaigns spend money on the platforms on top of the "
                             "salary; without it, results come from organic work only, and "
                             "more slowly (general practice, not from the articles).");
    finding.suggestion = tr("Set a monthly ad spend, or drop paid campaigns from the goals and "
                            "tasks.");
    finding.sources = sources;
    appendUnique(finding.sources, RoleLookups::generalPractice(context.catalog));
    findings.append(finding);
}

} // namespace rolelens
