#include "advisor/rules/HorizonRules.h"

namespace rolelens {

void HorizonRules::check(const RuleContext &context, const Role &role,
                         QList<Advice::Finding> &findings)
{
    const Scenario &scenario = context.scenario;
    QStringList longTermGoals;
    for (const auto &id : scenario.goals) {
        const Goal *goal = context.catalog.goal(id);
        if (!RoleLookups::horizonMismatch(role, *goal)) {
            continue;
        }
        if (goal->horizon == RoleLookups::kImmediate) {
            Advice::Finding finding;
            finding.id = QStringLiteral("immediate-visibility-needs-influencer");
            finding.severity = Advice::Severity::Warning;
            finding.subject = goal->id;
            finding.message = tr("You want %1, but a %2 builds over the long term.")
                                  .arg(goal->label.toLower(), role.title.toLower());
            finding.explanation = role.dimension(Dimension::TimeHorizon).text;
            finding.sources = role.dimension(Dimension::TimeHorizon).sources;
            const auto serving = context.lookups.servingRoles(*goal);
            if (!serving->empty()) {
                const Role &other = context.catalog.roles().at(serving->front());
                RoleLookups::appendUnique(finding.sources, RoleLookups::goalSources(other, *goal));
                finding.suggestion =
                    tr("For the launch, add a short campaign with a %1; judge the %2 on "
                       "what builds over months.")
                        .arg(other.title.toLower(), role.title.toLower());
            }
            findings.append(finding);
        }
        if (goal->horizon == RoleLookups::kLongTerm) {
            longTermGoals.append(goal->label.toLower());
        }
    }
    if (longTermGoals.isEmpty()) {
        return;
    }
    Advice::Finding finding;
    finding.id = QStringLiteral("influencer-for-long-term-presence");
    finding.severity = Advice::Severity::Warning;
    finding.subject = role.id;
    finding.message = tr("A %1 is considered for %2, which take months; the role works "
                         "campaign by campaign.")
                          .arg(role.title.toLower(), longTermGoals.join(tr(" and ")));
    finding.explanation = role.dimension(Dimension::TimeHorizon).text;
    finding.sources = role.dimension(Dimension::TimeHorizon).sources;
    for (const auto &exclusion : role.notResponsibleFor) {
        const Role *other = context.catalog.role(exclusion.handledBy);
        if (other && RoleLookups::hasTag(*other, Dimension::TimeHorizon, RoleLookups::kLongTerm)) {
            RoleLookups::appendUnique(finding.sources, exclusion.sources);
            finding.suggestion = tr("Use the %1 for short campaigns; for a lasting presence, "
                                    "hire a %2.")
                                     .arg(role.title.toLower(), other->title.toLower());
            break;
        }
    }
    findings.append(finding);
}

} // namespace rolelens
