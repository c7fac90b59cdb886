#include "Advisor.h"
#include "CatalogGenerator.h"
#include "Comparison.h"
#include "QtPrinters.h"
#include "ScenarioFile.h"
#include "SearchIndex.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

// A generated catalog as the benchmarks use it (at 1,000 roles, to stay quick): it loads
// after the built-in files, and the comparison, the search and the advisor work on it.
const Catalog &generated()
{
    static const Catalog catalog = [] {
        auto result = bench::loadWithBuiltIn(bench::generateCatalogFiles(1000, 7));
        if (!result.ok()) {
            ADD_FAILURE() << qPrintable(result.errors().first().toString());
            return Catalog();
        }
        return std::move(result).value();
    }();
    return catalog;
}

TEST(GeneratedCatalog, LoadsAfterTheBuiltInCatalog)
{
    EXPECT_EQ(generated().roles().size(), 1009);
    const Role &last = generated().roles().last();
    EXPECT_GE(last.responsibilities.size(), 17);
    EXPECT_GE(last.skills.size(), 12);
    EXPECT_GE(last.metrics.size(), 7);
}

TEST(GeneratedCatalog, IsTheSameForTheSameSeed)
{
    EXPECT_EQ(bench::generateCatalogFiles(50, 3), bench::generateCatalogFiles(50, 3));
    EXPECT_NE(bench::generateCatalogFiles(50, 3), bench::generateCatalogFiles(50, 4));
}

TEST(GeneratedCatalog, ComparisonSearchAndAdvisorWorkOnIt)
{
    const Catalog &catalog = generated();
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

} // namespace
} // namespace rolelens
