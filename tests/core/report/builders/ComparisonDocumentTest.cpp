#include "report/builders/ComparisonDocument.h"

#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using rolelens::testing::builtInCatalog;

Comparison comparisonOf(const QStringList &ids)
{
    const auto comparison = Comparison::of(builtInCatalog(), ids);
    EXPECT_TRUE(comparison.ok());
    return comparison.value();
}

TEST(ComparisonDocument, EachRolesStatementCitesThatRolesSources)
{
    const QStringList ids{QStringLiteral("social-media-manager"),
                          QStringLiteral("community-manager")};
    const Comparison comparison = comparisonOf(ids);
    const Document document = ComparisonDocument::build(builtInCatalog(), comparison);
    const blocks::Table *dimensions = nullptr;
    for (const auto &block : document.blocks()) {
        if (const auto *table = std::get_if<blocks::Table>(&block); table && !dimensions) {
            dimensions = table;
        }
    }
    ASSERT_NE(dimensions, nullptr);
    ASSERT_EQ(dimensions->rows.size(), comparison.rows.size());
    EXPECT_EQ(dimensions->headers.size(), ids.size() + 2);
    for (qsizetype row = 0; row < comparison.rows.size(); ++row) {
        const Dimension dimension = comparison.rows.at(row).dimension;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const blocks::Paragraph &cell = dimensions->rows.at(row).cells.at(1 + i);
            EXPECT_EQ(cell.sources, builtInCatalog().role(ids.at(i))->dimension(dimension).sources)
                << qPrintable(dimensions::label(dimension));
            EXPECT_EQ(cell.spans.first().text, comparison.rows.at(row).texts.at(i));
        }
    }
}

TEST(ComparisonDocument, SaysWhatAllShareAndEachAloneHas)
{
    const Document document = ComparisonDocument::build(
        builtInCatalog(), comparisonOf({QStringLiteral("social-media-manager"),
                                        QStringLiteral("social-media-influencer"),
                                        QStringLiteral("community-manager")}));
    const blocks::BulletList *list = nullptr;
    for (const auto &block : document.blocks()) {
        // The first list; the lists after it say what each role does not do.
        if (const auto *found = std::get_if<blocks::BulletList>(&block); found && !list) {
            list = found;
        }
    }
    ASSERT_NE(list, nullptr);
    // Shared metrics, responsibilities and skills, then one item per role.
    ASSERT_EQ(list->items.size(), 3 + 3);
    EXPECT_EQ(list->items.at(3).text.spans.first().text,
              QStringLiteral("Only Social media manager:"));
    EXPECT_EQ(list->items.at(3).details.size(), 3);
}

TEST(ComparisonDocument, ChartsTheCurvesInForceAndMarksTheOwnersChanges)
{
    const QStringList ids{QStringLiteral("social-media-manager"),
                          QStringLiteral("social-media-influencer")};
    QList<RoleCurve> curves = RoleCurve::fromCatalog(builtInCatalog(), ids);
    ASSERT_EQ(curves.size(), 2);
    curves[1].assumptions.startDelayWeeks += 3;
    const Document document =
        ComparisonDocument::build(builtInCatalog(), comparisonOf(ids), curves);
    const blocks::Chart *results = nullptr;
    const blocks::Table *assumptions = nullptr;
    for (const auto &block : document.blocks()) {
        if (const auto *chart = std::get_if<blocks::Chart>(&block);
            chart && chart->kind == blocks::Chart::Kind::ExpectedResults) {
            results = chart;
        }
        if (const auto *table = std::get_if<blocks::Table>(&block);
            table && results && !assumptions) {
            assumptions = table;
        }
    }
    ASSERT_NE(results, nullptr);
    EXPECT_EQ(results->curves, curves);
    ASSERT_NE(assumptions, nullptr);
    ASSERT_EQ(assumptions->rows.size(), 2);
    EXPECT_EQ(assumptions->rows.at(0).cells.first().spans.size(), 1);
    EXPECT_EQ(assumptions->rows.at(1).cells.first().spans.last().text,
              QStringLiteral(" (changed from the catalog's values)"));
}

TEST(ComparisonDocument, SaysUnderEachRoleWhatItDoesNotDo)
{
    const QStringList ids{QStringLiteral("social-media-manager"),
                          QStringLiteral("community-manager")};
    const Document document = ComparisonDocument::build(builtInCatalog(), comparisonOf(ids));
    QStringList roleHeadings;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block);
            heading && heading->level == 2) {
            roleHeadings.append(heading->text);
        }
    }
    EXPECT_EQ(roleHeadings, (QStringList{QStringLiteral("Social media manager"),
                                         QStringLiteral("Community manager")}));
}

// Every question the sources disagree on between the compared roles, with every position.
TEST(ComparisonDocument, ShowsWhereTheSourcesDisagreeWithEveryPosition)
{
    const QStringList ids{QStringLiteral("social-media-manager"),
                          QStringLiteral("social-media-marketer")};
    const Document document = ComparisonDocument::build(builtInCatalog(), comparisonOf(ids));
    const blocks::BulletList *list = nullptr;
    bool inSection = false;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            inSection = heading->text == QStringLiteral("Where the sources disagree");
        }
        if (const auto *bullets = std::get_if<blocks::BulletList>(&block); bullets && inSection) {
            list = bullets;
        }
    }
    ASSERT_NE(list, nullptr);
    QStringList expected;
    for (const auto &disagreement : builtInCatalog().disagreements()) {
        if (disagreement.roleIds.contains(ids.at(0)) && disagreement.roleIds.contains(ids.at(1))) {
            expected.append(disagreement.topic);
        }
    }
    ASSERT_GE(expected.size(), 4); // ads, strategist, conversions, ROI, traffic, one person
    QStringList topics;
    for (const auto &item : list->items) {
        topics.append(item.text.spans.first().text);
        EXPECT_GE(item.details.size(), 2) << qPrintable(topics.last());
        for (const auto &position : item.details) {
            EXPECT_FALSE(position.sources.isEmpty()) << qPrintable(topics.last());
        }
    }
    EXPECT_EQ(topics, expected);

    // Roles the sources never argue about say so, rather than leaving the section out.
    const Document quiet = ComparisonDocument::build(
        builtInCatalog(), comparisonOf({QStringLiteral("website-manager"),
                                        QStringLiteral("administrative-assistant")}));
    bool said = false;
    for (const auto &block : quiet.blocks()) {
        if (const auto *paragraph = std::get_if<blocks::Paragraph>(&block)) {
            said = said || (!paragraph->spans.isEmpty() && paragraph->spans.first().text.contains(
                                                               QStringLiteral("no disagreement")));
        }
    }
    EXPECT_TRUE(said);
}

} // namespace
