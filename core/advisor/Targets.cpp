#include "advisor/Targets.h"

#include "advisor/FollowerProjection.h"
#include "advisor/RoleLookups.h"
#include "model/GrowthAssumption.h"
#include "report/Figures.h"

namespace rolelens {

QString Targets::withoutRange(int months)
{
    return months <= kHorizons[0] ? tr("Month 1 baseline, then trend") : tr("Trend since baseline");
}

QString Targets::ownerTarget(const Advice::RealisticTarget &target)
{
    if (!target.ownerTarget) {
        return {};
    }
    return QStringLiteral("%1 %2").arg(Figures::measure(*target.ownerTarget, target.unit),
                                       Figures::inWeeks(target.ownerWeeks));
}

void Targets::add(const Catalog &catalog, const Scenario &scenario, const Role &role,
                  QList<Advice::RealisticTarget> &targets)
{
    const auto growth = RoleLookups::growthFor(role, scenario);
    const auto projection = FollowerProjection::of(role, scenario);
    for (const MetricUse *use : RoleLookups::primaryUsesByWeight(role)) {
        Advice::RealisticTarget target;
        target.metricId = use->metricId;
        target.weight = use->weight;
        target.unit = catalog.metric(use->metricId)->unit;
        target.sources = use->basis;
        if (use->metricId == RoleLookups::kAudienceGrowth && growth) {
            for (const int months : kHorizons) {
                target.ranges.append(
                    {months, GrowthAssumption::compounded(growth->lowPercentPerMonth, months),
                     GrowthAssumption::compounded(growth->highPercentPerMonth, months)});
            }
            target.sources = growth->sources;
            if (const auto expected = projection ? projection->expectedGrowth() : std::nullopt) {
                target.ownerWeeks = projection->followers().weeks;
                target.ownerTarget = *expected;
            }
        }
        if (target.ranges.isEmpty()) {
            // The rule the cells show is general practice: say so where the sources are.
            RoleLookups::appendUnique(target.sources, RoleLookups::generalPractice(catalog));
        }
        targets.append(target);
    }
    // Owners count followers: when they gave theirs, say what the assumption means in them.
    if (projection && projection->followers().current > 0) {
        const Scenario::Followers &followers = projection->followers();
        Advice::RealisticTarget target;
        target.metricId = RoleLookups::kFollowerCount;
        const MetricUse *use = role.metricUse(RoleLookups::kFollowerCount);
        target.weight = use ? use->weight : 0;
        target.unit = catalog.metric(RoleLookups::kFollowerCount)->unit;
        for (const int months : kHorizons) {
            target.ranges.append(
                {months, projection->lowAfter(months), projection->highAfter(months)});
        }
        target.ownerTarget = followers.target;
        target.ownerWeeks = followers.weeks;
        target.sources = projection->growth().sources;
        targets.append(target);
    }
}

} // namespace rolelens
