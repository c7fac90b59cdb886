#include "advisor/rules/JudgedByFollowersRule.h"

#include "i18n/InSentence.h"

#include <algorithm>

namespace rolelens {

void JudgedByFollowersRule::check(const RuleContext &context, const Role &role,
                                  QList<Advice::Finding> &findings)
{
    const Scenario &scenario = context.scenario;
    if (!scenario.judgeBy.contains(RoleLookups::kFollowerCount) ||
        RoleLookups::isPrimary(role, RoleLookups::kFollowerCount)) {
        return;
    }
    const bool mainly =
        scenario.judgeBy.first() == RoleLookups::kFollowerCount ||
        std::all_of(scenario.judgeBy.cbegin(), scenario.judgeBy.cend(), [](const QString &id) {
            return id == RoleLookups::kFollowerCount || id == RoleLookups::kAudienceGrowth;
        });
    if (!mainly) {
        return;
    }
    QStringList primaries;
    for (const MetricUse *use : RoleLookups::primaryUsesByWeight(role).mid(0, 4)) {
        primaries.append(InSentence::label(context.catalog.metricName(use->metricId)));
    }
    Advice::Finding finding;
    finding.id = QStringLiteral("judged-by-follower-count");
    finding.severity = Advice::Severity::Warning;
    finding.subject = RoleLookups::kFollowerCount;
    finding.message = tr("The %1 would be judged mainly by follower count, which is not among "
                         "the role's primary measures.")
                          .arg(InSentence::label(role.title));
    // The catalog's text is a list of measures: said as the reason it is.
    finding.explanation =
        tr("What the sources measure the %1 by: %2")
            .arg(InSentence::label(role.title), role.dimension(Dimension::SuccessMetrics).text);
    finding.suggestion =
        primaries.isEmpty()
            ? tr("Agree with the hire which measures the role is judged by; keep follower count "
                 "as one signal among them.")
            : tr("Judge the hire by %1; keep follower count as one signal among them.")
                  .arg(primaries.size() == 1 ? primaries.first()
                                             : InSentence::conjunctions(
                                                   tr("%1 and %2")
                                                       .arg(primaries.mid(0, primaries.size() - 1)
                                                                .join(QStringLiteral(", ")),
                                                            primaries.last())));
    finding.sources = role.dimension(Dimension::SuccessMetrics).sources;
    findings.append(finding);
}

} // namespace rolelens
