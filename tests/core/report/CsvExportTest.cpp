// The comparison's and the advice's targets as CSV, read back as a spreadsheet reads them:
// the same tables, heads, cells and sources as the documents the other outputs show.

#include "compare/Comparison.h"
#include "report/CsvRenderer.h"
#include "report/SourceText.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/ComparisonDocument.h"
#include "support/AdviceAcceptance.h"
#include "support/BuiltInCatalog.h"
#include "support/CsvRecords.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {

using namespace rolelens;
using rolelens::testing::builtInCatalog;
using rolelens::testing::csvRecords;

// A table of a document, which must outlive it.
struct TitledTable {
    QString title;
    const blocks::Table *table;
};

QList<TitledTable> tablesOf(const Document &document)
{
    QList<TitledTable> tables;
    QString title;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            title = heading->text;
        } else if (const auto *table = std::get_if<blocks::Table>(&block)) {
            tables.append({title, table});
        }
    }
    return tables;
}

// What a spreadsheet shows in a cell: the words, the keywords in brackets.
QString expectedCell(const blocks::Paragraph &cell)
{
    QString text;
    for (const auto &span : cell.spans) {
        text += span.kind == blocks::Span::Kind::Tags ? QStringLiteral(" [%1]").arg(span.text)
                                                      : span.text;
    }
    return text;
}

QStringList expectedSources(const blocks::Table::Row &row)
{
    QStringList names;
    for (const auto &cell : row.cells) {
        for (const auto &citation : cell.sources) {
            const QString name = SourceText::named(*builtInCatalog().source(citation.sourceId));
            if (!names.contains(name)) {
                names.append(name);
            }
        }
    }
    return names;
}

// RECORDS from FIRST on hold TABLE: its heads and a Sources column, then each row's cells and
// sources. Returns the index after it.
qsizetype expectTable(const QList<QStringList> &records, qsizetype first,
                      const blocks::Table &table)
{
    EXPECT_EQ(records.value(first), table.headers + QStringList{QStringLiteral("Sources")});
    for (qsizetype i = 0; i < table.rows.size(); ++i) {
        const QStringList record = records.value(first + 1 + i);
        const blocks::Table::Row &row = table.rows.at(i);
        EXPECT_EQ(record.size(), row.cells.size() + 1) << i;
        if (record.size() != row.cells.size() + 1) {
            continue;
        }
        for (qsizetype cell = 0; cell < row.cells.size(); ++cell) {
            EXPECT_EQ(record.at(cell), expectedCell(row.cells.at(cell)));
        }
        EXPECT_EQ(record.last().split(QStringLiteral("; "), Qt::SkipEmptyParts),
                  expectedSources(row));
    }
    return first + 1 + table.rows.size();
}

TEST(CsvExport, TheComparisonIsItsSideBySideMetricsAndExpectedResults)
{
    const Catalog &catalog = builtInCatalog();
    const QStringList ids{QStringLiteral("social-media-manager"),
                          QStringLiteral("community-manager"),
                          QStringLiteral("social-media-influencer")};
    const Comparison comparison = Comparison::of(catalog, ids).value();
    const Document document =
        ComparisonDocument::tables(catalog, comparison, RoleCurve::fromCatalog(catalog, ids));
    const QList<TitledTable> tables = tablesOf(document);
    ASSERT_EQ(tables.size(), 3);
    EXPECT_EQ(tables.at(0).title, QStringLiteral("Side by side"));
    EXPECT_EQ(tables.at(1).title, QStringLiteral("Success metrics"));
    EXPECT_EQ(tables.at(2).title, QStringLiteral("Expected results over time"));
    // The same tables as the comparison the other outputs show, without its first page.
    const Document whole = ComparisonDocument::build(catalog, comparison);
    const QList<TitledTable> shown = tablesOf(whole);
    for (const TitledTable &table : tables) {
        const auto same = std::find_if(shown.cbegin(), shown.cend(), [&](const TitledTable &s) {
            return s.title == table.title;
        });
        ASSERT_NE(same, shown.cend()) << qPrintable(table.title);
        EXPECT_EQ(same->table->headers, table.table->headers);
        ASSERT_EQ(same->table->rows.size(), table.table->rows.size());
        for (qsizetype i = 0; i < table.table->rows.size(); ++i) {
            EXPECT_EQ(same->table->rows.at(i).cells, table.table->rows.at(i).cells);
        }
    }

    const QList<QStringList> records = csvRecords(CsvRenderer::render(document, catalog));
    qsizetype at = 0;
    for (const TitledTable &table : tables) {
        if (at > 0) {
            EXPECT_EQ(records.value(at), QStringList()) << "a blank line between tables";
            ++at;
        }
        EXPECT_EQ(records.value(at), QStringList{table.title});
        at = expectTable(records, at + 1, *table.table);
    }
    EXPECT_EQ(at, records.size());
    // A role a column; every dimension a row, the catalog's text first in each role's cell.
    EXPECT_EQ(records.at(1).mid(1, 3), (QStringList{QStringLiteral("Social media manager"),
                                                    QStringLiteral("Community manager"),
                                                    QStringLiteral("Social media influencer")}));
    EXPECT_TRUE(records.at(2).at(1).startsWith(comparison.rows.first().texts.first()));
}

TEST(CsvExport, TheTargetsAreEveryMeasureWithItsRangesAndSources)
{
    const Catalog &catalog = builtInCatalog();
    const Advice advice = rolelens::testing::adviceFor(rolelens::testing::bakery());
    ASSERT_FALSE(advice.realisticTargets.isEmpty());
    const Document document = AdviceDocument::targets(catalog, advice);
    EXPECT_EQ(document.title(), QStringLiteral("Realistic targets for the social media manager"));
    const QList<TitledTable> tables = tablesOf(document);
    ASSERT_EQ(tables.size(), 1);
    EXPECT_EQ(tables.first().title, QStringLiteral("Judge the hire by"));

    const QList<QStringList> records = csvRecords(CsvRenderer::render(document, catalog));
    // One table: the heads are the first line.
    ASSERT_EQ(records.size(), advice.realisticTargets.size() + 1);
    EXPECT_EQ(
        records.first(),
        (QStringList{QStringLiteral("Metric"), QStringLiteral("Weight"), QStringLiteral("3 months"),
                     QStringLiteral("6 months"), QStringLiteral("12 months"),
                     QStringLiteral("Your target"), QStringLiteral("Sources")}));
    EXPECT_EQ(expectTable(records, 0, *tables.first().table), records.size());
    for (qsizetype i = 0; i < advice.realisticTargets.size(); ++i) {
        const Advice::RealisticTarget &target = advice.realisticTargets.at(i);
        const QStringList &record = records.at(i + 1);
        EXPECT_TRUE(record.at(0).startsWith(catalog.metricName(target.metricId)));
        EXPECT_EQ(record.at(1), QString::number(target.weight));
        // Every measure has its basis named: the sources of its range or of the role's use.
        EXPECT_FALSE(record.last().isEmpty()) << qPrintable(target.metricId);
    }
}

TEST(CsvExport, AdviceThatJudgesNoRoleHasNoTargetsTable)
{
    const Advice advice = rolelens::testing::adviceFor(Scenario());
    ASSERT_TRUE(advice.judgedRoleId.isEmpty());
    const Document document = AdviceDocument::targets(builtInCatalog(), advice);
    EXPECT_EQ(CsvRenderer::tableCount(document), 0);
    EXPECT_TRUE(CsvRenderer::render(document, builtInCatalog()).isEmpty());
}

} // namespace
