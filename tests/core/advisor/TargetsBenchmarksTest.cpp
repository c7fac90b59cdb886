#include "advisor/Advisor.h"
#include "report/Figures.h"
#include "report/SourceText.h"
#include "scenario/ScenarioFile.h"
#include "support/AdviceAcceptance.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// The targets carry the published benchmarks of their measures, and the owner's own figures;
// a measure without a benchmark or a range cites the rule of general practice.
namespace rolelens {
namespace {

using testing::builtInCatalog;

using rolelens::testing::bakery;

const Advice::RealisticTarget *targetFor(const Advice &advice, const QString &metricId)
{
    for (const auto &target : advice.realisticTargets) {
        if (target.metricId == metricId) {
            return &target;
        }
    }
    return nullptr;
}

bool citesGeneralPractice(const Citations &sources)
{
    return std::any_of(sources.cbegin(), sources.cend(), [](const Citation &citation) {
        return citation.sourceId == QStringLiteral("general-practice");
    });
}

TEST(TargetsBenchmarks, EveryTargetCarriesItsMeasuresBenchmarks)
{
    const Advice advice = Advisor(builtInCatalog()).advise(bakery());
    ASSERT_FALSE(advice.realisticTargets.isEmpty());
    int withBenchmarks = 0;
    for (const auto &target : advice.realisticTargets) {
        EXPECT_TRUE(target.benchmarks == builtInCatalog().benchmarksFor(target.metricId))
            << qPrintable(target.metricId);
        withBenchmarks += target.benchmarks.isEmpty() ? 0 : 1;
        if (target.ranges.isEmpty()) {
            // The horizons' cells give the rule, which is general practice.
            EXPECT_TRUE(citesGeneralPractice(target.sources)) << qPrintable(target.metricId);
        }
    }
    // The social media manager is judged by engagement and conversions, which reports measure.
    EXPECT_GE(withBenchmarks, 2);
    const Advice::RealisticTarget *engagement =
        targetFor(advice, QStringLiteral("engagement-rate"));
    ASSERT_NE(engagement, nullptr);
    EXPECT_FALSE(engagement->benchmarks.isEmpty());
    const Advice::RealisticTarget *awareness = targetFor(advice, QStringLiteral("brand-awareness"));
    ASSERT_NE(awareness, nullptr);
    EXPECT_TRUE(awareness->benchmarks.isEmpty());
}

TEST(TargetsBenchmarks, TheOwnersFigureIsKeptBesideThePublishedOnes)
{
    Scenario scenario = bakery();
    scenario.ownFigures.insert(QStringLiteral("engagement-rate"), 1.5);
    // A measure the role is not judged by changes nothing.
    scenario.ownFigures.insert(QStringLiteral("response-time"), 60);
    const Advice advice = Advisor(builtInCatalog()).advise(scenario);
    const Advice::RealisticTarget *engagement =
        targetFor(advice, QStringLiteral("engagement-rate"));
    ASSERT_NE(engagement, nullptr);
    EXPECT_EQ(engagement->ownFigure, 1.5);
    EXPECT_TRUE(engagement->benchmarks ==
                builtInCatalog().benchmarksFor(QStringLiteral("engagement-rate")));
    EXPECT_EQ(Targets::ownerTarget(*engagement), Figures::measure(1.5, QStringLiteral("%")));
    EXPECT_EQ(targetFor(advice, QStringLiteral("response-time")), nullptr);
    const Advice::RealisticTarget *conversion =
        targetFor(advice, QStringLiteral("conversion-rate"));
    ASSERT_NE(conversion, nullptr);
    EXPECT_FALSE(conversion->ownFigure.has_value());
    EXPECT_TRUE(Targets::ownerTarget(*conversion).isEmpty());
}

// One sentence per figure: where it was measured, how it is summarised, the figure with its
// denominator, what exactly it counts, and the report with its age.
TEST(TargetsBenchmarks, ABenchmarkReadsAsOneSentenceWithItsReportAndAge)
{
    const QList<Benchmark> engagement =
        builtInCatalog().benchmarksFor(QStringLiteral("engagement-rate"));
    ASSERT_FALSE(engagement.isEmpty());
    const Benchmark &tiktok = engagement.first();
    const Source *report = builtInCatalog().source(tiktok.sourceId);
    ASSERT_NE(report, nullptr);
    EXPECT_EQ(SourceText::publication(*report),
              QStringLiteral("%1, %2, %3 (%4)")
                  .arg(report->publisher, report->title, QString::number(report->year),
                       Figures::age(QDate::currentDate().year() - report->year)));
    EXPECT_EQ(Targets::benchmark(builtInCatalog(), tiktok),
              QStringLiteral("%1, %2: %3 (%4). From %5.")
                  .arg(tiktok.platform, Benchmark::statisticLabel(tiktok.statistic),
                       Figures::quoted(tiktok.value, tiktok.unit), tiktok.measured,
                       SourceText::publication(*report)));
    EXPECT_TRUE(Targets::benchmark(builtInCatalog(), tiktok)
                    .startsWith(QStringLiteral("TikTok, median: 2.6") + QChar(0x00A0) +
                                QStringLiteral("% of followers (")));
    EXPECT_TRUE(Targets::noBenchmark().contains(Targets::withoutRange(Advisor::kHorizons[0])));
}

} // namespace
} // namespace rolelens
