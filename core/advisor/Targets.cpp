#include "advisor/Targets.h"

#include "advisor/RoleLookups.h"
#include "model/GrowthAssumption.h"

namespace rolelens {

void Targets::add(const Catalog &catalog, const Scenario &scenario, const Role &role,
                  QList<Advice::RealisticTarget> &targets)
{
    const auto growth = RoleLookups::growthFor(role, scenario);
    const auto rangesFor = [&](double base) {
        QList<Advice::Range> ranges;
        for (const int months : kHorizons) {
            const double low = GrowthAssumption::compounded(growth->lowPercentPerMonth, months);
            const double high = GrowthAssumption::compounded(growth->highPercentPerMonth, months);
            ranges.append(
                base > 0 ? Advice::Range{months, base * (1 + low / 100), base * (1 + high / 100)}
                         : Advice::Range{months, low, high});
        }
        return ranges;
    };
    for (const MetricUse *use : RoleLookups::primaryUsesByWeight(role)) {
        Advice::RealisticTarget target;
        target.metricId = use->metricId;
        target.weight = use->weight;
        target.unit = catalog.metric(use->metricId)->unit;
        target.sources = use->basis;
        if (use->metricId == RoleLookups::kAudienceGrowth && growth) {
            target.ranges = rangesFor(0);
            target.sources = growth->sources;
            if (scenario.followers && scenario.followers->current > 0) {
                target.ownerMonths = RoleLookups::weeksToMonths(scenario.followers->weeks);
                target.ownerTarget =
                    (static_cast<double>(scenario.followers->target) / scenario.followers->current -
                     1.0) *
                    100.0;
            }
        }
        targets.append(target);
    }
    // Owners count followers: when they gave theirs, say what the assumption means in them.
    if (growth && scenario.followers && scenario.followers->current > 0) {
        Advice::RealisticTarget target;
        target.metricId = RoleLookups::kFollowerCount;
        const MetricUse *use = role.metricUse(RoleLookups::kFollowerCount);
        target.weight = use ? use->weight : 0;
        target.unit = catalog.metric(RoleLookups::kFollowerCount)->unit;
        target.ranges = rangesFor(scenario.followers->current);
        target.ownerTarget = scenario.followers->target;
        target.ownerMonths = RoleLookups::weeksToMonths(scenario.followers->weeks);
        target.sources = growth->sources;
        targets.append(target);
    }
}

} // namespace rolelens
