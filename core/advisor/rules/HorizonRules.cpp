#include "advisor/rules/HorizonRules.h"

#include "advisor/IndefiniteArticle.h"
#include "i18n/InSentence.h"

namespace rolelens {
namespace {

// A role that serves the goal on its own horizon: the one to name for it.
bool servesInTime(const Role &role, const Goal &goal)
{
    return RoleLookups::serves(role, goal) && !RoleLookups::horizonMismatch(role, goal);
}

} // namespace

Advice::Finding HorizonRules::rightAway(const RuleContext &context, const Role &role,
                                        const Goal &goal)
{
    Advice::Finding finding;
    finding.id = QStringLiteral("immediate-visibility-needs-influencer");
    finding.severity = Advice::Severity::Warning;
    finding.subject = goal.id;
    const QString title = InSentence::label(role.title);
    finding.message = tr("You want %1, but the %2 builds over the long term.")
                          .arg(InSentence::label(goal.label), title);
    finding.explanation = role.dimension(Dimension::TimeHorizon).text;
    finding.sources = role.dimension(Dimension::TimeHorizon).sources;
    const Role *other = nullptr;
    for (const qsizetype position : *context.lookups.servingRoles(goal)) {
        const Role &candidate = context.catalog.roles().at(position);
        if (candidate.id != role.id && servesInTime(candidate, goal)) {
            other = &candidate;
            break;
        }
    }
    if (!other) {
        finding.suggestion = tr("No role in the catalog is described as delivering this right "
                                "away: plan for the %1's results to build over months, and judge "
                                "the role on them.")
                                 .arg(title);
        return finding;
    }
    appendUnique(finding.sources, RoleLookups::goalSources(*other, goal));
    const QString otherTitle = InSentence::label(other->title);
    finding.suggestion =
        IndefiniteArticle::takesAn(other->title)
            ? tr("For what you need right away, work with an %1 on a short campaign; judge the %2 "
                 "on what builds over months.")
                  .arg(otherTitle, title)
            : tr("For what you need right away, work with a %1 on a short campaign; judge the %2 "
                 "on what builds over months.")
                  .arg(otherTitle, title);
    return finding;
}

Advice::Finding HorizonRules::overMonths(const RuleContext &context, const Role &role,
                                         const QList<const Goal *> &goals)
{
    Advice::Finding finding;
    finding.id = QStringLiteral("influencer-for-long-term-presence");
    finding.severity = Advice::Severity::Warning;
    finding.subject = role.id;
    const QString title = InSentence::label(role.title);
    QStringList labels;
    for (const Goal *goal : goals) {
        labels.append(InSentence::label(goal->label));
    }
    // The role's own horizon text carries the articles' hedges ("often more effective as a
    // short-term campaign"); the message only says what the catalog's tags say.
    finding.message = tr("The %1 is considered for %2, which take months; the catalog describes "
                         "the role's work as immediate rather than long-term.")
                          .arg(title, inOneSentence(labels));
    finding.explanation = role.dimension(Dimension::TimeHorizon).text;
    finding.sources = role.dimension(Dimension::TimeHorizon).sources;

    // Whom to name instead: first a role this role's own entry hands work to, with the
    // citations that say so, then any role serving one of the goals in its own time.
    const Role *other = nullptr;
    for (const auto &exclusion : role.notResponsibleFor) {
        const Role *candidate = context.catalog.role(exclusion.handledBy);
        for (const Goal *goal : goals) {
            if (candidate && servesInTime(*candidate, *goal)) {
                other = candidate;
                appendUnique(finding.sources, exclusion.sources);
                break;
            }
        }
        if (other) {
            break;
        }
    }
    for (const Goal *goal : goals) {
        if (other) {
            break;
        }
        for (const qsizetype position : *context.lookups.servingRoles(*goal)) {
            const Role &candidate = context.catalog.roles().at(position);
            if (candidate.id != role.id && servesInTime(candidate, *goal)) {
                other = &candidate;
                appendUnique(finding.sources, RoleLookups::goalSources(candidate, *goal));
                break;
            }
        }
    }
    if (!other) {
        finding.suggestion = tr("Use the %1 for what it delivers in the short term, and agree how "
                                "%2 will be built and measured: no role in the catalog is "
                                "described as serving it over the long term.")
                                 .arg(title, inOneSentence(labels));
        return finding;
    }
    QStringList served;
    for (const Goal *goal : goals) {
        if (servesInTime(*other, *goal)) {
            served.append(InSentence::label(goal->label));
        }
    }
    const QString otherTitle = InSentence::label(other->title);
    const QString forWhat = inOneSentence(served);
    finding.suggestion =
        IndefiniteArticle::takesAn(other->title)
            ? tr("Use the %1 for what it delivers in the short term; for %2, hire an %3.")
                  .arg(title, forWhat, otherTitle)
            : tr("Use the %1 for what it delivers in the short term; for %2, hire a %3.")
                  .arg(title, forWhat, otherTitle);
    return finding;
}

QString HorizonRules::inOneSentence(const QStringList &items)
{
    if (items.size() < 2) {
        return items.join(QString());
    }
    // Only goal labels are joined here: a language that quotes them mid-sentence (German, whose
    // labels keep their capitals) closes and opens the quotes in these joiners.
    //: Between goal labels in a sentence, "a, b and c"; German: “, „ (the sentence quotes the list)
    const QString comma = tr(", ");
    //: Before the last goal label in a sentence, "a, b and c"; German: “ und „
    const QString andLast = tr(" and ");
    return InSentence::conjunctions(items.first(items.size() - 1).join(comma) + andLast +
                                    items.last());
}

void HorizonRules::check(const RuleContext &context, const Role &role,
                         QList<Advice::Finding> &findings)
{
    QList<const Goal *> longTermGoals;
    for (const auto &id : context.scenario.goals) {
        const Goal *goal = context.catalog.goal(id);
        if (!RoleLookups::horizonMismatch(role, *goal)) {
            continue;
        }
        if (goal->horizon == RoleLookups::kImmediate) {
            findings.append(rightAway(context, role, *goal));
        }
        if (goal->horizon == RoleLookups::kLongTerm) {
            longTermGoals.append(goal);
        }
    }
    if (!longTermGoals.isEmpty()) {
        findings.append(overMonths(context, role, longTermGoals));
    }
}

} // namespace rolelens
