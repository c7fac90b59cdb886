#include "advisor/Targets.h"

#include "advisor/FollowerProjection.h"
#include "advisor/RoleLookups.h"
#include "i18n/Punctuation.h"
#include "model/GrowthAssumption.h"
#include "report/Figures.h"
#include "report/SourceText.h"

namespace rolelens {

QString Targets::withoutRange(int months)
{
    return months <= kHorizons[0] ? tr("Month 1 baseline, then trend") : tr("Trend since baseline");
}

QString Targets::atHorizon(const Advice::RealisticTarget &target, int months)
{
    for (const auto &range : target.ranges) {
        if (range.months == months) {
            return Figures::range(range.low, range.high, target.unit);
        }
    }
    return withoutRange(months);
}

QString Targets::horizons(const Advice::RealisticTarget &target)
{
    QStringList lines;
    for (const int months : kHorizons) {
        lines.append(Punctuation::labelled(Figures::months(months), atHorizon(target, months)));
    }
    return Punctuation::semicolons(lines);
}

QString Targets::ownerTarget(const Advice::RealisticTarget &target)
{
    if (!target.ownerTarget) {
        // A figure of the owner's own for the measure has no deadline.
        return target.ownFigure ? Figures::measure(*target.ownFigure, target.unit) : QString();
    }
    return QStringLiteral("%1 %2").arg(Figures::measure(*target.ownerTarget, target.unit),
                                       Figures::inWeeks(target.ownerWeeks));
}

QString Targets::benchmark(const Catalog &catalog, const Benchmark &benchmark)
{
    const Source *source = catalog.source(benchmark.sourceId);
    // The loader makes sure every benchmark's source exists.
    const QString from = source ? SourceText::publication(*source) : benchmark.sourceId;
    return tr("%1, %2: %3 (%4). From %5.")
        .arg(benchmark.platform, Benchmark::statisticLabel(benchmark.statistic),
             Figures::quoted(benchmark.value, benchmark.unit), benchmark.measured, from);
}

QString Targets::noBenchmark()
{
    return tr("No published benchmark with a named publisher, report, year and method; judge by "
              "the rule: %1 (general practice).")
        .arg(withoutRange(kHorizons[0]));
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
        target.benchmarks = catalog.benchmarksFor(use->metricId);
        if (const auto own = scenario.ownFigures.constFind(use->metricId);
            own != scenario.ownFigures.constEnd()) {
            target.ownFigure = *own;
        }
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
            appendUnique(target.sources, RoleLookups::generalPractice(catalog));
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
        target.benchmarks = catalog.benchmarksFor(RoleLookups::kFollowerCount);
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
