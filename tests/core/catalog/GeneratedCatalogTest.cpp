#include "support/GeneratedCatalog.h"

#include "advisor/Advisor.h"
#include "catalog/CatalogLoader.h"
#include "catalog/SearchIndex.h"
#include "compare/Comparison.h"
#include "scenario/ScenarioFile.h"
#include "support/CatalogGenerator.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <stop_token>

// The generated catalog the benchmarks use: it loads after the built-in files, and the
// comparison, the search and the advisor work on it. What the advisor makes of it at this
// size is in tests/core/advisor/GeneratedCatalog*Test.cpp.
namespace rolelens {
namespace {

using testing::generatedCatalog;

TEST(GeneratedCatalog, LoadsAfterTheBuiltInCatalog)
{
    EXPECT_EQ(generatedCatalog().roles().size(), 1009);
    const Role &last = generatedCatalog().roles().last();
    EXPECT_GE(last.responsibilities.size(), 17);
    EXPECT_GE(last.skills.size(), 12);
    EXPECT_GE(last.metrics.size(), 7);
}

TEST(GeneratedCatalog, IsTheSameForTheSameSeed)
{
    EXPECT_EQ(bench::generateCatalogFiles(50, 3), bench::generateCatalogFiles(50, 3));
    EXPECT_NE(bench::generateCatalogFiles(50, 3), bench::generateCatalogFiles(50, 4));
}

// Giving up a load (the window closing while it reads): files added after the stop are not
// parsed, large or small, and nothing else goes wrong.
TEST(GeneratedCatalog, AStoppedLoaderParsesNoMoreFiles)
{
    const std::vector<QByteArray> files = bench::generateCatalogFiles(200, 5);
    std::stop_source stop;
    CatalogLoader loader;
    loader.setStopToken(stop.get_token());
    loader.addBuiltIn();
    const QByteArray small = bench::generateCatalog(3, 5, 900);
    ASSERT_LT(small.size(), CatalogLoader::kThreadedParseBytes);
    loader.addBytes(small, QStringLiteral("small.json"));
    stop.request_stop();
    ASSERT_GE(files.front().size(), CatalogLoader::kThreadedParseBytes); // parsed on a thread
    loader.addBytes(files.front(), bench::generatedFileName(0));
    loader.addBytes(small, QStringLiteral("small-again.json"));
    const Result<Catalog> result = loader.finish();
    ASSERT_TRUE(result.ok()) << qPrintable(result.errors().first().toString());
    // The built-in roles and the three read before the stop.
    EXPECT_EQ(result.value().roles().size(), bench::loadWithBuiltIn({}).value().roles().size() + 3);
}

TEST(GeneratedCatalog, ComparisonSearchAndAdvisorWorkOnIt)
{
    const Catalog &catalog = generatedCatalog();
    const QStringList ids{catalog.roles().at(100).id, catalog.roles().at(500).id,
                          catalog.roles().at(900).id, QStringLiteral("social-media-manager")};
    const Result<Comparison> comparison = Comparison::of(catalog, ids);
    ASSERT_TRUE(comparison.ok());
    EXPECT_EQ(comparison->rows.size(), dimensions::all().size());

    SearchIndex index;
    for (const auto &role : catalog.roles()) {
        index.add(role.title);
    }
    index.finish();
    const std::vector<bool> found = index.match(catalog.roles().at(500).title);
    EXPECT_TRUE(found.at(500));

    for (const auto &path : ScenarioFile::examples()) {
        const Result<Scenario> scenario = ScenarioFile::load(path, catalog);
        ASSERT_TRUE(scenario.ok()) << qPrintable(path);
        const Advice advice = Advisor(catalog).advise(scenario.value());
        EXPECT_FALSE(advice.judgedRoleId.isEmpty());
        for (const auto &recommendation : advice.recommendations) {
            EXPECT_GT(recommendation.fit, 0.0);
            EXPECT_LE(recommendation.fit, 1.0);
        }
    }
}

TEST(GeneratedCatalog, RoleIndexFindsWhatEachRolesWholeTextHolds)
{
    // SearchIndex::ofRoles cuts each shared text once; it must find exactly what an index of
    // each role's whole text, cut afresh, finds.
    const Catalog &catalog = generatedCatalog();
    SearchIndex plain;
    QStringList queries{QStringLiteral("coord"), QStringLiteral("social media"),
                        QStringLiteral("engagement rate"), QStringLiteral("zzz")};
    for (const auto &role : catalog.roles()) {
        QStringList parts{role.title, role.aliases.join(QLatin1Char(' ')), role.summary};
        for (const auto &item : role.responsibilities) {
            parts << item.name << item.description;
        }
        for (const auto &item : role.skills) {
            parts << item.name << item.description;
        }
        for (const auto &use : role.metrics) {
            parts << catalog.metricName(use.metricId);
        }
        plain.add(parts.join(QLatin1Char('\n')));
        if (queries.size() < 60) {
            // A word of a responsibility and of a skill, and a prefix of each.
            const QStringList words =
                SearchIndex::words(role.responsibilities.value(3).description + QLatin1Char(' ') +
                                   role.skills.value(2).name);
            if (words.size() > 2) {
                queries << words.at(1) << words.last().left(3)
                        << words.at(2) + QLatin1Char(' ') + words.first();
            }
        }
    }
    plain.finish();
    const SearchIndex shared = SearchIndex::ofRoles(catalog);
    ASSERT_EQ(shared.size(), plain.size());
    for (const QString &query : std::as_const(queries)) {
        EXPECT_EQ(shared.match(query), plain.match(query)) << qPrintable(query);
    }
}

} // namespace
} // namespace rolelens
