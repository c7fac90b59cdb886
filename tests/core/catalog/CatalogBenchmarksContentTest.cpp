#include "catalog/Catalog.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

// The built-in published benchmarks: no figure without a report a reader can find and judge,
// and no figure the report's own words do not give.
namespace rolelens {
namespace {

using testing::builtInCatalog;

TEST(CatalogBenchmarksContent, EveryReportSaysWhoWhenHowOnWhatAndWhere)
{
    int reports = 0;
    for (const auto &source : builtInCatalog().sources()) {
        if (source.kind != Source::Kind::PublishedBenchmark) {
            continue;
        }
        ++reports;
        EXPECT_FALSE(source.publisher.isEmpty()) << qPrintable(source.id);
        EXPECT_FALSE(source.title.isEmpty()) << qPrintable(source.id);
        EXPECT_GE(source.year, Source::kFirstYear) << qPrintable(source.id);
        EXPECT_FALSE(source.method.isEmpty()) << qPrintable(source.id);
        EXPECT_FALSE(source.sample.isEmpty()) << qPrintable(source.id);
        EXPECT_TRUE(source.address.startsWith(QStringLiteral("http"))) << qPrintable(source.id);
    }
    EXPECT_GE(reports, 1);
}

// The number the catalog holds is the number the report writes: "2.6" in "2.6%", "0.93" in
// "0.93%", "1" in "within 1 day".
TEST(CatalogBenchmarksContent, EveryQuoteContainsItsFiguresNumber)
{
    ASSERT_FALSE(builtInCatalog().benchmarks().isEmpty());
    for (const auto &benchmark : builtInCatalog().benchmarks()) {
        const QString number = QString::number(benchmark.value, 'g', 10);
        // Not inside a longer number: "1" must not match "15" or "0.1".
        const QRegularExpression alone(
            QStringLiteral("(?<![\\d.])%1(?![\\d])").arg(QRegularExpression::escape(number)));
        EXPECT_TRUE(alone.match(benchmark.quote).hasMatch())
            << qPrintable(benchmark.id) << ": " << qPrintable(number) << " not in "
            << qPrintable(benchmark.quote);
        const Source *source = builtInCatalog().source(benchmark.sourceId);
        ASSERT_NE(source, nullptr) << qPrintable(benchmark.id);
        EXPECT_EQ(source->kind, Source::Kind::PublishedBenchmark) << qPrintable(benchmark.id);
        EXPECT_NE(builtInCatalog().metric(benchmark.metricId), nullptr) << qPrintable(benchmark.id);
        EXPECT_FALSE(benchmark.measured.isEmpty()) << qPrintable(benchmark.id);
        EXPECT_FALSE(benchmark.platform.isEmpty()) << qPrintable(benchmark.id);
    }
}

// Rates divided by different things cannot be compared: a percentage says what it is a
// percentage of, so that two figures of one metric never read as one scale.
TEST(CatalogBenchmarksContent, EveryShareNamesItsDenominator)
{
    for (const auto &benchmark : builtInCatalog().benchmarks()) {
        if (benchmark.unit.startsWith(QLatin1Char('%'))) {
            EXPECT_TRUE(benchmark.unit.startsWith(QStringLiteral("% of ")))
                << qPrintable(benchmark.id) << ": " << qPrintable(benchmark.unit);
        }
    }
}

// The measures the brief asks figures for, where a report read on its publisher's own page
// gives one; the others keep the rule of general practice.
TEST(CatalogBenchmarksContent, TheMeasuresWithPublishedFigures)
{
    QSet<QString> measures;
    for (const auto &benchmark : builtInCatalog().benchmarks()) {
        measures.insert(benchmark.metricId);
    }
    EXPECT_EQ(measures,
              (QSet<QString>{QStringLiteral("engagement-rate"), QStringLiteral("reach"),
                             QStringLiteral("response-time"), QStringLiteral("conversion-rate"),
                             QStringLiteral("click-through-rate"),
                             QStringLiteral("return-on-ad-spend")}));
    EXPECT_TRUE(builtInCatalog().benchmarksFor(QStringLiteral("brand-awareness")).isEmpty());
}

} // namespace
} // namespace rolelens
