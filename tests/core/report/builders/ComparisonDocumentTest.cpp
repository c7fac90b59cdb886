#include "report/builders/ComparisonDocument.h"

#include "report/builders/ComparisonGlance.h"
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
        if (const auto *table = std::get_if<blocks::Table>(&block);
            table && !dimensions && table->headers.first() == QStringLiteral("Dimension")) {
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

// The first page: each role's purpose, the shaded dimensions where they differ, what each does
// not do, the chart of what each is mainly judged by, and the questions the articles disagree
// on, every line taken from the catalog.
TEST(ComparisonDocument, OpensWithAGlanceTakenFromTheCatalog)
{
    const Catalog &catalog = builtInCatalog();
    const QStringList ids{
        QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
        QStringLiteral("community-manager"), QStringLiteral("social-media-marketer")};
    const Comparison comparison = comparisonOf(ids);
    const Document document = ComparisonDocument::build(catalog, comparison);
    const QList<blocks::Block> &blocks = document.blocks();
    ASSERT_GE(blocks.size(), 5);
    ASSERT_TRUE(std::holds_alternative<blocks::Heading>(blocks.at(1)));
    EXPECT_EQ(std::get<blocks::Heading>(blocks.at(1)).text, QStringLiteral("At a glance"));
    const auto *glance = std::get_if<blocks::Table>(&blocks.at(2));
    ASSERT_NE(glance, nullptr);
    ASSERT_EQ(glance->headers.size(), 1 + ids.size());

    // What each is for: the start of the catalog's purpose statement, with its sources.
    const blocks::Table::Row &purpose = glance->rows.first();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const DimensionValue &value = catalog.role(ids.at(i))->dimension(Dimension::Purpose);
        QString line = purpose.cells.at(1 + i).spans.first().text;
        line.chop(1); // the full stop that ends the clause
        EXPECT_TRUE(value.text.startsWith(line)) << qPrintable(line);
        EXPECT_EQ(purpose.cells.at(1 + i).sources, value.sources);
    }
    // The shaded rows: exactly the dimensions where the roles differ or one stands apart.
    QStringList expected;
    for (const auto &row : comparison.rows) {
        if (row.relation == Relation::Different || !relations::apart(row.tags).isEmpty()) {
            expected.append(dimensions::label(row.dimension));
        }
    }
    ASSERT_FALSE(expected.isEmpty());
    QStringList shaded;
    for (const auto &row : glance->rows) {
        if (row.shade == blocks::Table::Shade::Difference) {
            shaded.append(row.cells.first().spans.first().text);
        }
    }
    EXPECT_EQ(shaded, expected);
    // What each does not do: every exclusion the catalog lists, by name.
    const blocks::Table::Row &notDone = glance->rows.last();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString cell = notDone.cells.at(1 + i).spans.first().text;
        for (const auto &exclusion : catalog.role(ids.at(i))->notResponsibleFor) {
            EXPECT_TRUE(cell.contains(ComparisonGlance::shortTask(exclusion.task)))
                << qPrintable(exclusion.task);
        }
    }
    // The chart of the metrics each is mainly judged by, and every question in dispute.
    const auto *chart = std::get_if<blocks::Chart>(&blocks.at(3));
    ASSERT_NE(chart, nullptr);
    EXPECT_EQ(chart->metricIds, ComparisonGlance::primaryMetrics(catalog, ids));
    for (const auto &id : ids) {
        for (const auto &use : catalog.role(id)->metrics) {
            EXPECT_EQ(chart->metricIds.contains(use.metricId) ||
                          use.emphasis != MetricUse::Emphasis::Primary,
                      true)
                << qPrintable(use.metricId);
        }
    }
    const auto *disputes = std::get_if<blocks::Paragraph>(&blocks.at(4));
    ASSERT_NE(disputes, nullptr);
    const QList<const Disagreement *> between =
        ComparisonGlance::disagreementsBetween(catalog, ids);
    ASSERT_FALSE(between.isEmpty());
    for (const Disagreement *disagreement : between) {
        EXPECT_TRUE(disputes->spans.last().text.contains(disagreement->topic))
            << qPrintable(disagreement->topic);
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

// French text puts a no-break space before a colon or semicolon: the cut goes before it, and
// leaves no space at the end.
TEST(ComparisonDocument, CutsFrenchTextAtItsColonsAndSemicolons)
{
    EXPECT_EQ(ComparisonGlance::shortTask(
                  QStringLiteral("Gestion du site web\u00a0: le social media manager intègre")),
              QStringLiteral("Gestion du site web"));
    EXPECT_EQ(ComparisonGlance::shortTask(QStringLiteral("Website management: they integrate")),
              QStringLiteral("Website management"));
    EXPECT_EQ(ComparisonGlance::firstClause(
                  QStringLiteral("Gère la présence en ligne\u00a0; un article cite aussi la "
                                 "communauté. Autre phrase.")),
              QStringLiteral("Gère la présence en ligne."));
    EXPECT_EQ(ComparisonGlance::firstClause(
                  QStringLiteral("Deux objectifs\u00a0: la notoriété et les ventes.")),
              QStringLiteral("Deux objectifs."));
    EXPECT_EQ(ComparisonGlance::firstClause(QStringLiteral("Two goals: reach and sales.")),
              QStringLiteral("Two goals."));
}

} // namespace
