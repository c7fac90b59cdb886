// `--format csv`: the tables of each output on standard output, for a spreadsheet or a script;
// an output with no table says so and exits with 2.

#include "support/CsvRecords.h"
#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using rolelens::testing::csvRecords;
using rolelens::testing::ProcessResult;
using rolelens::testing::rolelens;

const QString kCsv = QStringLiteral("csv");
const QString kFormat = QStringLiteral("--format");
const QString kBakery = QStringLiteral(
    ROLELENS_SOURCE_DIR "/resources/scenarios/01-corner-bakery-followers-overnight.rolelens.json");

qsizetype indexOf(const QList<QStringList> &records, const QString &title)
{
    return records.indexOf(QStringList{title});
}

TEST(CsvOutput, CompareWritesTheSideBySideTheMetricsAndTheExpectedResults)
{
    const ProcessResult result = rolelens(
        {QStringLiteral("compare"), QStringLiteral("smm"), QStringLiteral("cm"), kFormat, kCsv});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    EXPECT_TRUE(result.err.isEmpty()) << qPrintable(result.err);
    // For scripts: no byte-order mark in front of the first field.
    EXPECT_FALSE(result.out.startsWith(QChar(0xFEFF)));
    const QList<QStringList> records = csvRecords(result.out);
    ASSERT_GT(records.size(), 10);
    EXPECT_EQ(records.at(0), QStringList{QStringLiteral("Side by side")});
    EXPECT_EQ(records.at(1),
              (QStringList{QStringLiteral("Dimension"), QStringLiteral("Social media manager"),
                           QStringLiteral("Community manager"), QStringLiteral("Relation"),
                           QStringLiteral("Sources")}));
    const qsizetype metrics = indexOf(records, QStringLiteral("Success metrics"));
    const qsizetype results = indexOf(records, QStringLiteral("Expected results over time"));
    ASSERT_GT(metrics, 2);
    ASSERT_GT(results, metrics);
    // Tables are apart: a blank line before each title.
    EXPECT_EQ(records.at(metrics - 1), QStringList());
    EXPECT_EQ(records.at(results - 1), QStringList());
    EXPECT_EQ(records.at(metrics + 1),
              (QStringList{QStringLiteral("Metric, definition and formula"),
                           QStringLiteral("Social media manager"),
                           QStringLiteral("Community manager"), QStringLiteral("Sources")}));
    // Every row of a table has as many fields as its heads.
    for (qsizetype i = 2; i < metrics - 1; ++i) {
        EXPECT_EQ(records.at(i).size(), records.at(1).size()) << i;
        EXPECT_FALSE(records.at(i).last().isEmpty()) << "a dimension without sources, " << i;
    }
    // Not the text report's reference numbers: the sources are named in their column.
    EXPECT_FALSE(result.out.contains(QStringLiteral("[1]")));
}

TEST(CsvOutput, AdviseWritesTheRealisticTargets)
{
    const ProcessResult result = rolelens({QStringLiteral("advise"), kBakery, kFormat, kCsv});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QList<QStringList> records = csvRecords(result.out);
    ASSERT_GE(records.size(), 2);
    EXPECT_EQ(
        records.first(),
        (QStringList{QStringLiteral("Metric"), QStringLiteral("Weight"), QStringLiteral("3 months"),
                     QStringLiteral("6 months"), QStringLiteral("12 months"),
                     QStringLiteral("Your target"), QStringLiteral("Sources")}));
    bool followers = false;
    for (const QStringList &record : records.mid(1)) {
        ASSERT_EQ(record.size(), records.first().size());
        followers = followers || record.first().startsWith(QStringLiteral("Follower count"));
        EXPECT_FALSE(record.last().isEmpty()) << qPrintable(record.first());
    }
    EXPECT_TRUE(followers);
    // The targets alone: not the plan, the findings or the ranking.
    EXPECT_FALSE(result.out.contains(QStringLiteral("Hiring plan")));
    EXPECT_FALSE(result.out.contains(QStringLiteral("Roles that fit")));
}

TEST(CsvOutput, AnOutputWithoutATableSaysSoWithExitCode2)
{
    QTemporaryDir folder;
    const QString empty =
        rolelens::testing::writeFile(folder, QStringLiteral("empty.rolelens.json"),
                                     R"({"format": "rolelens-scenario", "version": 1})");
    const ProcessResult advice = rolelens({QStringLiteral("advise"), empty, kFormat, kCsv});
    EXPECT_EQ(advice.exitCode, 2);
    EXPECT_TRUE(advice.out.isEmpty());
    EXPECT_TRUE(advice.err.contains(QStringLiteral("has no targets to write as CSV")))
        << qPrintable(advice.err);

    const ProcessResult post = rolelens({QStringLiteral("document"), QStringLiteral("job-post"),
                                         QStringLiteral("smm"), kFormat, kCsv});
    EXPECT_EQ(post.exitCode, 2);
    EXPECT_TRUE(post.out.isEmpty());
    EXPECT_TRUE(post.err.contains(
        QStringLiteral("the document \"Job post: Social media manager\" has no table")))
        << qPrintable(post.err);

    const ProcessResult scorecard =
        rolelens({QStringLiteral("document"), QStringLiteral("scorecard"), kBakery, kFormat, kCsv});
    EXPECT_EQ(scorecard.exitCode, 0) << qPrintable(scorecard.err);
    EXPECT_FALSE(csvRecords(scorecard.out).isEmpty());
}

TEST(CsvOutput, ListAndShowWriteTheirTables)
{
    const ProcessResult list = rolelens({QStringLiteral("list"), kFormat, kCsv});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    const QList<QStringList> roles = csvRecords(list.out);
    ASSERT_GT(roles.size(), 5);
    EXPECT_EQ(roles.first(), (QStringList{QStringLiteral("Id"), QStringLiteral("Title"),
                                          QStringLiteral("Category")}));
    EXPECT_TRUE(roles.contains(QStringList{QStringLiteral("social-media-manager"),
                                           QStringLiteral("Social media manager"),
                                           QStringLiteral("Social media")}));

    const ProcessResult show = rolelens({QStringLiteral("show"), QStringLiteral("cm"), kFormat,
                                         kCsv, QStringLiteral("--lang"), QStringLiteral("fr")});
    ASSERT_EQ(show.exitCode, 0) << qPrintable(show.err);
    // UTF-8 throughout: the French catalog's accents come through as written.
    EXPECT_TRUE(show.out.contains(QStringLiteral("é"))) << qPrintable(show.out.left(300));
    EXPECT_GE(csvRecords(show.out).size(), 4);
}

TEST(CsvOutput, TheFormatIsNamedInTheHelpAndTheUsageError)
{
    const ProcessResult unknown =
        rolelens({QStringLiteral("list"), kFormat, QStringLiteral("xlsx")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(
        QStringLiteral("unknown format \"xlsx\" (expected text, json, markdown, html, csv)")))
        << qPrintable(unknown.err);
    const ProcessResult help = rolelens({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("csv (its tables, for a spreadsheet)")))
        << qPrintable(help.out);
    const ProcessResult advise = rolelens({QStringLiteral("advise"), QStringLiteral("--help")});
    EXPECT_TRUE(advise.out.contains(QStringLiteral("json, markdown, html or csv")));
    EXPECT_TRUE(advise.out.contains(QStringLiteral("--format csv")));
}

} // namespace
