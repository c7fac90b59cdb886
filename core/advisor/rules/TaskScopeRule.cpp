#include "advisor/rules/TaskScopeRule.h"

#include "i18n/InSentence.h"

#include <QSet>

namespace rolelens {
namespace {

// What the role's entry says of this very task: its exclusions that name it. Another
// exclusion, naming other work, would explain something the owner did not ask.
QList<const Exclusion *> exclusionsAbout(const Role &role, const Task &task)
{
    QList<const Exclusion *> found;
    for (const auto &exclusion : role.notResponsibleFor) {
        if (exclusion.taskIds.contains(task.id)) {
            found.append(&exclusion);
        }
    }
    return found;
}

// How many sources the quotes come from: "one article" or "the articles".
qsizetype quotedSources(const Citations &citations)
{
    QSet<QString> sources;
    for (const auto &citation : citations) {
        if (!citation.quote.isEmpty()) {
            sources.insert(citation.sourceId);
        }
    }
    return sources.size();
}

} // namespace

QString TaskScopeRule::asSentence(QString text)
{
    text = text.trimmed();
    if (text.isEmpty()) {
        return text;
    }
    text[0] = text.at(0).toUpper();
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('?')) &&
        !text.endsWith(QLatin1Char('!'))) {
        text += QLatin1Char('.');
    }
    return text;
}

QString TaskScopeRule::inTheirWords(const Citations &citations)
{
    const QString words = RoleLookups::quoted(citations);
    if (words.isEmpty()) {
        return {};
    }
    return quotedSources(citations) == 1 ? tr("As one article puts it: %1").arg(words)
                                         : tr("As the articles put it: %1").arg(words);
}

QString TaskScopeRule::fromExclusions(const QList<const Exclusion *> &exclusions,
                                      Citations &sources)
{
    QStringList reasons;
    Citations cited;
    for (const Exclusion *exclusion : exclusions) {
        reasons.append(asSentence(exclusion->task));
        appendUnique(cited, exclusion->sources);
    }
    appendUnique(sources, cited);
    const QString words = inTheirWords(cited);
    if (!words.isEmpty()) {
        reasons.append(words);
    }
    return reasons.join(QLatin1Char(' '));
}

QString TaskScopeRule::fromHandler(const Role &role, const Role &handler, const Task &task,
                                   Citations &sources)
{
    const Citations handled = RoleLookups::taskSources(handler, task);
    appendUnique(sources, handled);
    const QString words = RoleLookups::quoted(handled);
    if (words.isEmpty()) {
        return tr("None of the %1's responsibilities covers it; it is part of the %2's work.")
            .arg(InSentence::label(role.title), InSentence::label(handler.title));
    }
    return quotedSources(handled) == 1
               ? tr("None of the %1's responsibilities covers it; one article describes it as "
                    "part of the %2's work: %3")
                     .arg(InSentence::label(role.title), InSentence::label(handler.title), words)
               : tr("None of the %1's responsibilities covers it; the articles describe it as "
                    "part of the %2's work: %3")
                     .arg(InSentence::label(role.title), InSentence::label(handler.title), words);
}

void TaskScopeRule::disputed(const RuleContext &context, const Task &task,
                             const Disagreement &dispute, Advice::Finding &finding)
{
    // No side is taken: every position, in its own words, and every role a position gives
    // the work to.
    QStringList views;
    for (const auto &position : dispute.positions) {
        views.append(asSentence(position.view));
        appendUnique(finding.sources, position.sources);
    }
    const QString disagreement = tr("The articles disagree on whose work this is. %1 %2")
                                     .arg(asSentence(dispute.topic), views.join(QLatin1Char(' ')));
    finding.explanation = finding.explanation.isEmpty()
                              ? disagreement
                              : finding.explanation + QLatin1Char(' ') + disagreement;
    QStringList doers;
    for (const auto &id : dispute.roleIds) {
        const Role *candidate = context.catalog.role(id);
        if (candidate && RoleLookups::does(*candidate, task)) {
            doers.append(InSentence::label(candidate->title));
        }
    }
    if (doers.isEmpty()) {
        doers.append(InSentence::label(context.catalog.roleTitle(task.handledBy)));
    }
    //: Between role titles: "to the X or to the Y"; German: “ oder der Rolle „ (quoted titles)
    const QString orToThe = tr(" or to the ");
    finding.suggestion = tr("Leave it out of this job description, or agree in it who does this "
                            "work: the articles give it to the %1.")
                             .arg(doers.join(orToThe));
}

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
        const Disagreement *dispute = task->disagreement.isEmpty()
                                          ? nullptr
                                          : context.catalog.disagreement(task->disagreement);
        Advice::Finding finding;
        finding.id = QStringLiteral("task-out-of-scope");
        finding.severity = Advice::Severity::Warning;
        finding.subject = task->id;
        finding.handledBy = handler->id;
        const auto exclusions = exclusionsAbout(role, *task);
        if (!exclusions.isEmpty()) {
            finding.explanation = fromExclusions(exclusions, finding.sources);
        }
        if (dispute) {
            // Naming one role would contradict the articles that give the work to another.
            finding.message = tr("\"%1\" is not among the %2's responsibilities in the catalog, "
                                 "and the articles disagree on whose work it is.")
                                  .arg(task->label, InSentence::label(role.title));
            disputed(context, *task, *dispute, finding);
            findings.append(finding);
            continue;
        }
        // The articles hedge ("not typically", "might require a different team member"): the
        // message keeps to "usually" and the reason is in the articles' own words.
        finding.message =
            tr("\"%1\" is usually not the work of the %2; the catalog gives it to the %3.")
                .arg(task->label, InSentence::label(role.title), InSentence::label(handler->title));
        if (exclusions.isEmpty()) {
            finding.explanation = fromHandler(role, *handler, *task, finding.sources);
        } else {
            appendUnique(finding.sources, RoleLookups::taskSources(*handler, *task));
        }
        finding.suggestion = tr("Leave it out of this job description; if it must be done, hire "
                                "or contract someone for the %1's work.")
                                 .arg(InSentence::label(handler->title));
        findings.append(finding);
    }
}

} // namespace rolelens
