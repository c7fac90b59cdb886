// The CSV renderer on documents made for the test: RFC 4180 quoting, CRLF line ends, the heads
// first, a Sources column where cells cite, titles between several tables, the file's
// byte-order mark, and no formula let through.

#include "report/CsvRenderer.h"

#include "report/SourceText.h"
#include "support/BuiltInCatalog.h"
#include "support/CsvRecords.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using blocks::Paragraph;
using blocks::Span;
using blocks::Table;
using rolelens::testing::builtInCatalog;
using rolelens::testing::csvRecords;

Table table(const QStringList &headers, const QList<QList<Paragraph>> &rows)
{
    Table made{headers, {}, {}};
    for (const auto &cells : rows) {
        made.rows.append({cells, Table::Shade::None});
    }
    return made;
}

Document withTables(const QList<std::pair<QString, Table>> &tables)
{
    Document document(QStringLiteral("A document"));
    document.add(blocks::Title{QStringLiteral("A document"), {}, {}});
    for (const auto &[heading, made] : tables) {
        document.add(blocks::Heading{heading});
        document.add(Paragraph(QStringLiteral("Text around the table is not a table.")));
        document.add(made);
    }
    return document;
}

TEST(CsvRenderer, QuotesAFieldOnlyWhenItMust)
{
    EXPECT_EQ(CsvRenderer::field(QStringLiteral("plain words")), QStringLiteral("plain words"));
    EXPECT_EQ(CsvRenderer::field(QStringLiteral("3–5 %; weekly")), QStringLiteral("3–5 %; weekly"));
    EXPECT_EQ(CsvRenderer::field(QStringLiteral("one, two")), QStringLiteral("\"one, two\""));
    EXPECT_EQ(CsvRenderer::field(QStringLiteral("a \"2 in 1\" hire")),
              QStringLiteral("\"a \"\"2 in 1\"\" hire\""));
    EXPECT_EQ(CsvRenderer::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
    EXPECT_EQ(CsvRenderer::field(QStringLiteral("a\r\nb")), QStringLiteral("\"a\r\nb\""));
    EXPECT_EQ(CsvRenderer::field(QString()), QString());
}

TEST(CsvRenderer, OneTableIsItsHeadsThenARowALineEndingInCrlf)
{
    const Document document = withTables(
        {{QStringLiteral("Only table"),
          table(
              {QStringLiteral("Name"), QStringLiteral("Note, if any")},
              {{Paragraph(QStringLiteral("Rédactrice")), Paragraph(QStringLiteral("says \"hi\""))},
               {Paragraph(QStringLiteral("Two")), Paragraph(QStringLiteral("line one\nline two"))},
               {Paragraph(QStringLiteral("Empty")), Paragraph()}})}});
    const QString csv = CsvRenderer::render(document, builtInCatalog());
    // No title line: the heads come first, for a spreadsheet's "first row as heads".
    EXPECT_EQ(csv, QStringLiteral("Name,\"Note, if any\"\r\n"
                                  "Rédactrice,\"says \"\"hi\"\"\"\r\n"
                                  "Two,\"line one\nline two\"\r\n"
                                  "Empty,\r\n"));
    EXPECT_EQ(csvRecords(csv),
              (QList<QStringList>{{QStringLiteral("Name"), QStringLiteral("Note, if any")},
                                  {QStringLiteral("Rédactrice"), QStringLiteral("says \"hi\"")},
                                  {QStringLiteral("Two"), QStringLiteral("line one\nline two")},
                                  {QStringLiteral("Empty"), QString()}}));
    EXPECT_EQ(CsvRenderer::tableCount(document), 1);
}

TEST(CsvRenderer, ACellIsItsWordsWithTagsInBracketsAndNoMarkers)
{
    const Paragraph cell(QList<Span>{{Span::Kind::Strong, QStringLiteral("Purpose"), {}},
                                     {Span::Kind::Plain, QStringLiteral(": grows a brand"), {}},
                                     {Span::Kind::Tags, QStringLiteral("brand, growth"), {}},
                                     {Span::Kind::RoleLink, QStringLiteral(" (SMM)"),
                                      QStringLiteral("social-media-manager")}},
                         {{builtInCatalog().sources().first().id, QStringLiteral("a quote")}});
    EXPECT_EQ(CsvRenderer::cellText(cell),
              QStringLiteral("Purpose: grows a brand [brand, growth] (SMM)"));
}

TEST(CsvRenderer, ATableThatCitesEndsEachRowWithItsSourcesNamed)
{
    const QList<Source> &sources = builtInCatalog().sources();
    ASSERT_GE(sources.size(), 3);
    const Citation first{sources.at(0).id, QStringLiteral("quote")};
    const Citation second{sources.at(1).id, QStringLiteral("quote")};
    const Citation third{sources.at(2).id, {}};
    const Document document = withTables(
        {{QStringLiteral("Cited"),
          table({QStringLiteral("Role"), QStringLiteral("A"), QStringLiteral("B")},
                {{Paragraph(QStringLiteral("one")), Paragraph(QStringLiteral("a"), {second, first}),
                  Paragraph(QStringLiteral("b"), {first, third})},
                 {Paragraph(QStringLiteral("two")), Paragraph(QStringLiteral("a")), Paragraph()},
                 {Paragraph(QStringLiteral("three")),
                  Paragraph(QStringLiteral("a"), {{QStringLiteral("not-in-catalog"), {}}}),
                  Paragraph()}})}});
    const QList<QStringList> records = csvRecords(CsvRenderer::render(document, builtInCatalog()));
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records.at(0), (QStringList{QStringLiteral("Role"), QStringLiteral("A"),
                                          QStringLiteral("B"), QStringLiteral("Sources")}));
    // Each source once, in the order the row cites them.
    EXPECT_EQ(records.at(1).last(), SourceText::named(sources.at(1)) + QStringLiteral("; ") +
                                        SourceText::named(sources.at(0)) + QStringLiteral("; ") +
                                        SourceText::named(sources.at(2)));
    EXPECT_EQ(records.at(2).last(), QString());
    // A source the catalog does not hold is named by its id rather than left out.
    EXPECT_EQ(records.at(3).last(), QStringLiteral("not-in-catalog"));

    const Document uncited =
        withTables({{QStringLiteral("Uncited"),
                     table({QStringLiteral("Role")}, {{Paragraph(QStringLiteral("x"))}})}});
    EXPECT_EQ(CsvRenderer::render(uncited, builtInCatalog()), QStringLiteral("Role\r\nx\r\n"));
}

TEST(CsvRenderer, SeveralTablesEachHaveTheirTitleAndABlankLineBetween)
{
    const Document document = withTables(
        {{QStringLiteral("Side by side"),
          table({QStringLiteral("Dimension"), QStringLiteral("A")},
                {{Paragraph(QStringLiteral("Purpose")), Paragraph(QStringLiteral("grows"))}})},
         {QStringLiteral("Metrics, weighted"),
          table({QStringLiteral("Metric")}, {{Paragraph(QStringLiteral("Reach"))}})}});
    EXPECT_EQ(CsvRenderer::tableCount(document), 2);
    EXPECT_EQ(CsvRenderer::render(document, builtInCatalog()),
              QStringLiteral("Side by side\r\n"
                             "Dimension,A\r\n"
                             "Purpose,grows\r\n"
                             "\r\n"
                             "\"Metrics, weighted\"\r\n"
                             "Metric\r\n"
                             "Reach\r\n"));
}

TEST(CsvRenderer, ADocumentWithoutATableGivesNothing)
{
    Document document(QStringLiteral("Job post"));
    document.add(blocks::Heading{QStringLiteral("What you will do")});
    document.add(blocks::BulletList{{{Paragraph(QStringLiteral("Post daily")), {}}}});
    EXPECT_EQ(CsvRenderer::tableCount(document), 0);
    EXPECT_TRUE(CsvRenderer::render(document, builtInCatalog()).isEmpty());
}

TEST(CsvRenderer, AFileIsUtf8AfterAByteOrderMark)
{
    const Document document =
        withTables({{QStringLiteral("Accents"),
                     table({QStringLiteral("Rôle")},
                           {{Paragraph(QStringLiteral("Gestionnaire de communauté"))}})}});
    const QByteArray bytes = CsvRenderer::fileContents(document, builtInCatalog());
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    EXPECT_EQ(QString::fromUtf8(bytes.mid(3)), CsvRenderer::render(document, builtInCatalog()));
    EXPECT_TRUE(bytes.contains("R\xC3\xB4le\r\nGestionnaire de communaut\xC3\xA9\r\n"));
    // Standard output's text has none.
    EXPECT_FALSE(CsvRenderer::render(document, builtInCatalog()).startsWith(QChar(0xFEFF)));
}

TEST(CsvRenderer, NoCellRunsAsAFormula)
{
    const Document document =
        withTables({{QStringLiteral("Formulas"),
                     table({QStringLiteral("=cmd|' /C calc'!A0")},
                           {{Paragraph(QStringLiteral("=HYPERLINK(\"http://example.com\")"))},
                            {Paragraph(QStringLiteral("@SUM(A1)"))},
                            {Paragraph(QStringLiteral("-2+3"))},
                            {Paragraph(QStringLiteral("+1+cmd"))},
                            {Paragraph(QStringLiteral("+20 %"))},
                            {Paragraph(QStringLiteral("-3"))},
                            {Paragraph(QStringLiteral("2 = 2"))}})}});
    EXPECT_EQ(csvRecords(CsvRenderer::render(document, builtInCatalog())),
              (QList<QStringList>{{QStringLiteral("'=cmd|' /C calc'!A0")},
                                  {QStringLiteral("'=HYPERLINK(\"http://example.com\")")},
                                  {QStringLiteral("'@SUM(A1)")},
                                  {QStringLiteral("'-2+3")},
                                  {QStringLiteral("'+1+cmd")},
                                  // A signed figure alone is a number, as meant.
                                  {QStringLiteral("+20 %")},
                                  {QStringLiteral("-3")},
                                  {QStringLiteral("2 = 2")}}));
}

} // namespace
