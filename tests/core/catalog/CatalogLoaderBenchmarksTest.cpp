#include "catalog/CatalogLoader.h"
#include "support/CatalogErrors.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <QDate>

#include <gtest/gtest.h>

// Published benchmarks: the source kind that names a report, and the figures quoted from it.
// Every field a reader needs to check a figure is required, and every mistake is reported
// with its file and JSON path.
namespace rolelens {
namespace {

using namespace testing;

QJsonObject report()
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("report")},
        {QStringLiteral("kind"), QStringLiteral("published-benchmark")},
        {QStringLiteral("publisher"), QStringLiteral("Analytics Co")},
        {QStringLiteral("title"), QStringLiteral("Reach Report")},
        {QStringLiteral("year"), 2021},
        {QStringLiteral("dataPeriod"), QStringLiteral("2020")},
        {QStringLiteral("method"), QStringLiteral("Reach divided by followers, per post.")},
        {QStringLiteral("sample"), QStringLiteral("300 brands")},
        {QStringLiteral("address"), QStringLiteral("https://example.com/reach-report")}};
}

QJsonObject figure()
{
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("reach-median")},
                       {QStringLiteral("metric"), QStringLiteral("reach")},
                       {QStringLiteral("source"), QStringLiteral("report")},
                       {QStringLiteral("platform"), QStringLiteral("Instagram")},
                       {QStringLiteral("statistic"), QStringLiteral("median")},
                       {QStringLiteral("value"), 12.5},
                       {QStringLiteral("unit"), QStringLiteral("% of followers")},
                       {QStringLiteral("measured"), QStringLiteral("people reached per post")},
                       {QStringLiteral("quote"), QStringLiteral("The median reach is 12.5%.")}};
}

// The minimal catalog with the report among its sources and these benchmarks.
QJsonObject withBenchmarks(const QJsonObject &source, const QJsonArray &benchmarks)
{
    QJsonObject catalog = minimalCatalog();
    QJsonArray sources = catalog.value(QStringLiteral("sources")).toArray();
    sources.append(source);
    catalog.insert(QStringLiteral("sources"), sources);
    catalog.insert(QStringLiteral("benchmarks"), benchmarks);
    return catalog;
}

QJsonObject with(QJsonObject object, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined()) {
        object.remove(key);
    } else {
        object.insert(key, value);
    }
    return object;
}

TEST(CatalogLoaderBenchmarks, ABenchmarkAndItsReportAreRead)
{
    const auto result = load(withBenchmarks(report(), QJsonArray{figure()}));
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    const Source *source = result->source(QStringLiteral("report"));
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->kind, Source::Kind::PublishedBenchmark);
    EXPECT_EQ(source->year, 2021);
    EXPECT_EQ(source->dataPeriod, QStringLiteral("2020"));
    EXPECT_EQ(source->method, QStringLiteral("Reach divided by followers, per post."));
    EXPECT_EQ(source->sample, QStringLiteral("300 brands"));
    EXPECT_EQ(source->address, QStringLiteral("https://example.com/reach-report"));
    EXPECT_EQ(source->ageInYears(QDate(2024, 1, 1)), 3);

    const QList<Benchmark> reach = result->benchmarksFor(QStringLiteral("reach"));
    ASSERT_EQ(reach.size(), 1);
    EXPECT_EQ(reach.first().statistic, Benchmark::Statistic::Median);
    EXPECT_EQ(reach.first().value, 12.5);
    EXPECT_EQ(reach.first().unit, QStringLiteral("% of followers"));
    EXPECT_EQ(reach.first().citation(),
              (Citation{QStringLiteral("report"), QStringLiteral("The median reach is 12.5%.")}));
    EXPECT_TRUE(result->benchmarksFor(QStringLiteral("engagement-rate")).isEmpty());
}

TEST(CatalogLoaderBenchmarks, AReportMustSayWhoWhenHowAndWhere)
{
    for (const char *key : {"publisher", "year", "method", "sample", "address"}) {
        const QString field = QString::fromLatin1(key);
        const auto result =
            load(withBenchmarks(with(report(), field, QJsonValue::Undefined), QJsonArray{}));
        EXPECT_FALSE(result.ok()) << key;
        EXPECT_TRUE(hasError(result, QStringLiteral("$.sources[2].") + field, QString()))
            << key << ": " << qPrintable(messages(result).join(QLatin1Char('\n')));
    }
    // The data period is not always published; a report without one is still a source.
    EXPECT_TRUE(
        load(withBenchmarks(with(report(), QStringLiteral("dataPeriod"), QJsonValue::Undefined),
                            QJsonArray{figure()}))
            .ok());

    const int nextYear = QDate::currentDate().year() + 1;
    EXPECT_ERROR(load(withBenchmarks(with(report(), QStringLiteral("year"), nextYear), {})),
                 "$.sources[2].year", "out of range (expected a year from 1900 to");
    EXPECT_ERROR(load(withBenchmarks(with(report(), QStringLiteral("year"), 1850), {})),
                 "$.sources[2].year", "1850 is out of range");
    EXPECT_ERROR(
        load(withBenchmarks(
            with(report(), QStringLiteral("address"), QStringLiteral("example.com/report")), {})),
        "$.sources[2].address", "expected a web address starting with https://");
    EXPECT_ERROR(load(withBenchmarks(
                     with(report(), QStringLiteral("kind"), QStringLiteral("benchmark")), {})),
                 "$.sources[2].kind", "unknown source kind \"benchmark\"");
}

TEST(CatalogLoaderBenchmarks, OnlyAReportHasTheFieldsOfOne)
{
    QJsonObject article = report();
    article.insert(QStringLiteral("kind"), QStringLiteral("article"));
    const auto result = load(withBenchmarks(article, {}));
    EXPECT_ERROR(result, "$.sources[2].year", "only a published-benchmark source has \"year\"");
    EXPECT_ERROR(result, "$.sources[2].address",
                 "only a published-benchmark source has \"address\"");
}

TEST(CatalogLoaderBenchmarks, ABenchmarkMustCiteAReportThatExists)
{
    EXPECT_ERROR(load(withBenchmarks(report(), QJsonArray{with(figure(), QStringLiteral("source"),
                                                               QStringLiteral("repot"))})),
                 "$.benchmarks[0].source", "unknown source \"repot\"");
    // General practice is no report: a benchmark needs one a reader can look up.
    EXPECT_ERROR(load(withBenchmarks(report(), QJsonArray{with(figure(), QStringLiteral("source"),
                                                               QStringLiteral("gp"))})),
                 "$.benchmarks[0].source",
                 "\"gp\" is a source of kind general-practice; a benchmark must cite a source of "
                 "kind published-benchmark");
    EXPECT_ERROR(load(withBenchmarks(report(), QJsonArray{with(figure(), QStringLiteral("metric"),
                                                               QStringLiteral("reech"))})),
                 "$.benchmarks[0].metric", "unknown metric \"reech\"");
}

TEST(CatalogLoaderBenchmarks, AFigureNeedsItsQuoteAndAValueInRange)
{
    EXPECT_ERROR(load(withBenchmarks(report(), QJsonArray{with(figure(), QStringLiteral("quote"),
                                                               QJsonValue::Undefined)})),
                 "$.benchmarks[0].quote", "a benchmark must quote the report's words");
    EXPECT_ERROR(
        load(withBenchmarks(report(), QJsonArray{with(figure(), QStringLiteral("value"), -1)})),
        "$.benchmarks[0].value", "-1 is out of range (expected 0 to 100)");
    EXPECT_ERROR(
        load(withBenchmarks(report(), QJsonArray{with(with(figure(), QStringLiteral("value"), 2e9),
                                                      QStringLiteral("unit"),
                                                      QStringLiteral("interactions per post"))})),
        "$.benchmarks[0].value", "2e+09 is out of range (expected 0 to 1e+09)");
    // A share of something cannot pass 100 %.
    EXPECT_ERROR(
        load(withBenchmarks(report(), QJsonArray{with(figure(), QStringLiteral("value"), 125)})),
        "$.benchmarks[0].value", "125 is out of range (expected 0 to 100)");
    EXPECT_TRUE(
        load(withBenchmarks(report(), QJsonArray{with(with(figure(), QStringLiteral("value"), 125),
                                                      QStringLiteral("unit"),
                                                      QStringLiteral("interactions per post"))}))
            .ok());
    EXPECT_ERROR(
        load(withBenchmarks(report(), QJsonArray{with(figure(), QStringLiteral("statistic"),
                                                      QStringLiteral("mode"))})),
        "$.benchmarks[0].statistic", "unknown statistic \"mode\"");
    EXPECT_ERROR(load(withBenchmarks(report(), QJsonArray{with(figure(), QStringLiteral("platform"),
                                                               QJsonValue::Undefined)})),
                 "$.benchmarks[0].platform", "required field is missing");
    EXPECT_ERROR(load(withBenchmarks(report(), QJsonArray{figure(), figure()})),
                 "$.benchmarks[1].id", "duplicate benchmark id \"reach-median\"");
}

TEST(CatalogLoaderBenchmarks, ACitationOfAReportQuotesIt)
{
    QJsonObject catalog = withBenchmarks(report(), {});
    QJsonArray metrics = catalog.value(QStringLiteral("metrics")).toArray();
    QJsonObject reach = metrics.at(0).toObject();
    reach.insert(QStringLiteral("sources"),
                 QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("report")}}});
    metrics.replace(0, reach);
    catalog.insert(QStringLiteral("metrics"), metrics);
    EXPECT_ERROR(load(catalog), "$.metrics[0].sources[0].source",
                 "a citation of the published benchmark \"report\" must quote the report's words");
}

// A later file replaces a benchmark whole, as it does any entry with the same id.
TEST(CatalogLoaderBenchmarks, ALaterFileReplacesABenchmarkById)
{
    CatalogLoader loader;
    loader.addBytes(bytes(withBenchmarks(report(), QJsonArray{figure()})),
                    QStringLiteral("first.json"));
    const QJsonObject later{
        {QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("benchmarks"),
         QJsonArray{with(with(figure(), QStringLiteral("value"), 14), QStringLiteral("quote"),
                         QStringLiteral("The median reach is 14%."))}}};
    loader.addBytes(bytes(later), QStringLiteral("later.json"));
    const auto result = loader.finish();
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    ASSERT_EQ(result->benchmarksFor(QStringLiteral("reach")).size(), 1);
    EXPECT_EQ(result->benchmarksFor(QStringLiteral("reach")).first().value, 14.0);
    EXPECT_TRUE(loader.replacedEntries().contains(QStringLiteral("benchmark reach-median")));
}

} // namespace
} // namespace rolelens
