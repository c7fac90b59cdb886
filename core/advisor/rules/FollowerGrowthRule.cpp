#include "advisor/rules/FollowerGrowthRule.h"

#include "advisor/FollowerProjection.h"
#include "i18n/InSentence.h"
#include "report/Figures.h"

namespace rolelens {
namespace {

// A required rate this many times the assumption's high end is more than optimistic.
constexpr double kCriticalFactor = 3.0;

} // namespace

Advice::Finding FollowerGrowthRule::fromZero(const Role &role, const Scenario::Followers &followers,
                                             const GrowthAssumption &growth)
{
    // A rate of growth multiplies what is there: from no followers it says nothing, so the
    // finding says what to judge a new account by instead.
    Advice::Finding finding;
    finding.id = QStringLiteral("follower-growth-unrealistic");
    finding.severity = Advice::Severity::Warning;
    finding.subject = RoleLookups::kFollowerCount;
    finding.message = tr("Going from no followers to %1 in %2: a monthly growth rate multiplies "
                         "the followers there are, so from zero no rate gets there.")
                          .arg(Figures::number(followers.target), Figures::weeks(followers.weeks));
    finding.explanation =
        tr("A new account first has to find its audience. The monthly growth range (%1 to %2 for "
           "the %3, an assumption: the articles give no figures) only applies once there is an "
           "audience to grow.")
            .arg(Figures::percent(growth.lowPercentPerMonth),
                 Figures::percent(growth.highPercentPerMonth), InSentence::label(role.title));
    finding.suggestion =
        tr("Note the follower count after the first month as the baseline and set the target "
           "from it; judge the first months by engagement and reach, or add a short influencer "
           "campaign if you need a quick spike.");
    finding.sources = growth.sources;
    return finding;
}

void FollowerGrowthRule::check(const RuleContext &context, const Role &role,
                               QList<Advice::Finding> &findings)
{
    const auto projection = FollowerProjection::of(role, context.scenario);
    if (!projection) {
        return;
    }
    const Scenario::Followers &followers = projection->followers();
    const GrowthAssumption &growth = projection->growth();
    // Growth that is not asked for cannot be unrealistic.
    if (followers.target <= followers.current) {
        return;
    }
    const auto required = projection->requiredPerMonth();
    if (!required) {
        findings.append(fromZero(role, followers, growth));
        return;
    }
    if (*required <= growth.highPercentPerMonth) {
        return;
    }
    Advice::Finding finding;
    finding.id = QStringLiteral("follower-growth-unrealistic");
    finding.severity = *required > kCriticalFactor * growth.highPercentPerMonth
                           ? Advice::Severity::Critical
                           : Advice::Severity::Warning;
    finding.subject = RoleLookups::kFollowerCount;
    // The range is an assumption, the catalog's illustrative one or the owner's own: never
    // what a role "typically" does, which no article gives a figure for.
    finding.message =
        (context.scenario.audienceGrowth
             ? tr("Going from %1 to %2 followers in %3 needs %4 growth a month; you assume the "
                  "%5 grows an audience by %6 to %7 a month.")
             : tr("Going from %1 to %2 followers in %3 needs %4 growth a month; the catalog "
                  "assumes, as an illustration and not from the articles, that the %5 grows an "
                  "audience by %6 to %7 a month."))
            .arg(Figures::number(followers.current), Figures::number(followers.target),
                 Figures::weeks(followers.weeks), Figures::percent(*required),
                 InSentence::label(role.title), Figures::percent(growth.lowPercentPerMonth),
                 Figures::percent(growth.highPercentPerMonth));
    finding.explanation =
        tr("The growth needed is above the range assumed for the %1. That range is an "
           "assumption, not a figure from the articles: change it in the advisor if you know "
           "better.")
            .arg(InSentence::label(role.title));
    finding.suggestion = tr("Expect about %1 to %2 followers after %3, or add a short "
                            "influencer campaign if you need a quick spike.")
                             .arg(Figures::number(projection->lowAfter(projection->months())),
                                  Figures::number(projection->highAfter(projection->months())),
                                  Figures::weeks(followers.weeks));
    finding.sources = growth.sources;
    findings.append(finding);
}

} // namespace rolelens
