#include "advisor/rules/FollowerGrowthRule.h"

#include "report/Figures.h"

namespace rolelens {
namespace {

// A required rate this many times the assumption's high end is more than optimistic.
constexpr double kCriticalFactor = 3.0;

} // namespace

void FollowerGrowthRule::check(const RuleContext &context, const Role &role,
                               QList<Advice::Finding> &findings)
{
    const Scenario &scenario = context.scenario;
    const auto growth = RoleLookups::growthFor(role, scenario);
    if (!scenario.followers || !growth) {
        return;
    }
    const auto &followers = *scenario.followers;
    // From zero no rate can be computed; growth that is not asked for cannot be unrealistic.
    if (followers.current <= 0 || followers.target <= followers.current) {
        return;
    }
    const double months = RoleLookups::weeksToMonths(followers.weeks);
    const double required =
        GrowthAssumption::requiredPerMonth(followers.current, followers.target, months);
    if (required <= growth->highPercentPerMonth) {
        return;
    }
    const double realisticHigh =
        followers.current *
        (1.0 + GrowthAssumption::compounded(growth->highPercentPerMonth, months) / 100.0);
    const double realisticLow =
        followers.current *
        (1.0 + GrowthAssumption::compounded(growth->lowPercentPerMonth, months) / 100.0);
    Advice::Finding finding;
    finding.id = QStringLiteral("follower-growth-unrealistic");
    finding.severity = required > kCriticalFactor * growth->highPercentPerMonth
                           ? Advice::Severity::Critical
                           : Advice::Severity::Warning;
    finding.subject = RoleLookups::kFollowerCount;
    finding.message =
        tr("Going from %1 to %2 followers in %3 needs %4 growth a month; a %5 typically "
           "grows an audience by %6 to %7 a month.")
            .arg(Figures::number(followers.current), Figures::number(followers.target),
                 Figures::weeks(followers.weeks), Figures::percent(required), role.title.toLower(),
                 Figures::percent(growth->lowPercentPerMonth),
                 Figures::percent(growth->highPercentPerMonth));
    finding.explanation =
        tr("The %1 builds an audience over months, not overnight. The monthly range is an "
           "assumption (the articles give no figures): change it in the advisor if you know "
           "better.")
            .arg(role.title.toLower());
    finding.suggestion = tr("Expect about %1 to %2 followers after %3, or add a short "
                            "influencer campaign if you need a quick spike.")
                             .arg(Figures::number(realisticLow), Figures::number(realisticHigh),
                                  Figures::weeks(followers.weeks));
    finding.sources = growth->sources;
    findings.append(finding);
}

} // namespace rolelens
