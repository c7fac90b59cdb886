#include "cli/CommandLineOptions.h"
#include "compare/Comparison.h"
#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using rolelens::CommandLineOptions;
using rolelens::testing::ProcessResult;
using rolelens::testing::writeFile;

ProcessResult cli(const QStringList &arguments)
{
    return rolelens::testing::rolelens(arguments);
}

QJsonDocument json(const ProcessResult &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    EXPECT_EQ(error.error, QJsonParseError::NoError) << qPrintable(error.errorString());
    return document;
}

TEST(CommandLine, VersionComesFromTheProject)
{
    const ProcessResult run = cli({QStringLiteral("--version")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, QStringLiteral("rolelens " ROLELENS_VERSION "\n"));
}

TEST(CommandLine, HelpForTheProgramAndEachCommand)
{
    const ProcessResult help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char *word :
         {"list", "show ROLE", "compare ROLE ROLE", "--catalog", "--format", "--verbose"}) {
        EXPECT_TRUE(help.out.contains(QString::fromLatin1(word))) << word;
    }
    const ProcessResult compareHelp = cli({QStringLiteral("compare"), QStringLiteral("--help")});
    EXPECT_EQ(compareHelp.exitCode, 0);
    EXPECT_TRUE(compareHelp.out.startsWith(
        QStringLiteral("Usage: rolelens compare ROLE ROLE [ROLE [ROLE]]")));
    const ProcessResult showHelp = cli({QStringLiteral("show"), QStringLiteral("-h")});
    EXPECT_TRUE(showHelp.out.startsWith(QStringLiteral("Usage: rolelens show ROLE")));
}

TEST(CommandLine, ListAsJson)
{
    const ProcessResult run =
        cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonArray roles = json(run).array();
    EXPECT_EQ(roles.size(), 9);
    const QJsonObject first = roles.first().toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("social-media-manager"));
    EXPECT_EQ(first.value(QStringLiteral("title")).toString(),
              QStringLiteral("Social media manager"));
    EXPECT_EQ(first.value(QStringLiteral("category")).toString(), QStringLiteral("Social media"));
}

TEST(CommandLine, ShowAsJson)
{
    const ProcessResult run = cli({QStringLiteral("show"), QStringLiteral("community-manager"),
                                   QStringLiteral("--format=json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject role = json(run).object();
    EXPECT_EQ(role.value(QStringLiteral("id")).toString(), QStringLiteral("community-manager"));
    EXPECT_EQ(role.value(QStringLiteral("reportsTo")).toArray(),
              QJsonArray{QStringLiteral("social-media-manager")});
    EXPECT_TRUE(role.value(QStringLiteral("supervises")).toArray().isEmpty());
    const QJsonArray metrics = role.value(QStringLiteral("metrics")).toArray();
    ASSERT_FALSE(metrics.isEmpty());
    EXPECT_TRUE(metrics.first().toObject().contains(QStringLiteral("metric")));
    EXPECT_TRUE(metrics.first().toObject().contains(QStringLiteral("emphasis")));
    const QJsonArray exclusions = role.value(QStringLiteral("notResponsibleFor")).toArray();
    ASSERT_FALSE(exclusions.isEmpty());
    EXPECT_EQ(exclusions.first().toObject().value(QStringLiteral("handledBy")).toString(),
              QStringLiteral("social-media-manager"));
    EXPECT_EQ(role.value(QStringLiteral("dimensions")).toObject().size(), 9);
}

TEST(CommandLine, ShowAcceptsAnAlias)
{
    const ProcessResult run = cli({QStringLiteral("show"), QStringLiteral("SMM")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Social media manager\n")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Where the sources disagree")));
    EXPECT_TRUE(
        run.out.contains(QStringLiteral("General practice (not from the source articles)")));
}

TEST(CommandLine, CompareAsJson)
{
    const ProcessResult run =
        cli({QStringLiteral("compare"), QStringLiteral("social-media-manager"),
             QStringLiteral("social-media-influencer"), QStringLiteral("--format"),
             QStringLiteral("json")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QJsonObject comparison = json(run).object();
    EXPECT_EQ(comparison.value(QStringLiteral("roles")).toArray(),
              (QJsonArray{QStringLiteral("social-media-manager"),
                          QStringLiteral("social-media-influencer")}));
    const QJsonArray rows = comparison.value(QStringLiteral("rows")).toArray();
    ASSERT_EQ(rows.size(), 9);
    const QJsonObject purpose = rows.first().toObject();
    EXPECT_EQ(purpose.value(QStringLiteral("dimension")).toString(), QStringLiteral("purpose"));
    EXPECT_EQ(purpose.value(QStringLiteral("label")).toString(),
              QStringLiteral("Role and purpose"));
    EXPECT_EQ(purpose.value(QStringLiteral("relation")).toString(), QStringLiteral("different"));
    EXPECT_EQ(purpose.value(QStringLiteral("values")).toObject().size(), 2);
    EXPECT_TRUE(comparison.value(QStringLiteral("sharedMetrics"))
                    .toArray()
                    .contains(QStringLiteral("engagement-rate")));
    EXPECT_TRUE(comparison.value(QStringLiteral("uniqueMetrics"))
                    .toObject()
                    .value(QStringLiteral("social-media-manager"))
                    .toArray()
                    .contains(QStringLiteral("conversion-rate")));
}

TEST(CommandLine, TextFitsAnEightyColumnTerminal)
{
    const QList<QStringList> commands{
        {QStringLiteral("list")},
        {QStringLiteral("show"), QStringLiteral("social-media-manager")},
        {QStringLiteral("compare"), QStringLiteral("smm"), QStringLiteral("influencer"),
         QStringLiteral("social-media-marketer"), QStringLiteral("cm")},
        {QStringLiteral("--help")}};
    for (const auto &arguments : commands) {
        const ProcessResult run = cli(arguments);
        ASSERT_EQ(run.exitCode, 0)
            << qPrintable(arguments.join(QLatin1Char(' '))) << qPrintable(run.err);
        for (const auto &line : run.out.split(QLatin1Char('\n'))) {
            EXPECT_LE(line.size(), 80) << qPrintable(line);
        }
    }
}

TEST(CommandLine, MarkdownHasATableRowPerDimension)
{
    const ProcessResult run =
        cli({QStringLiteral("compare"), QStringLiteral("smm"), QStringLiteral("cm"),
             QStringLiteral("--format"), QStringLiteral("markdown")});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("# Social media manager vs Community manager")));
    EXPECT_TRUE(run.out.contains(QStringLiteral("| **Decision level** | Strategic")));
    // What the roles share is part of every output, Markdown included.
    EXPECT_TRUE(run.out.contains(QStringLiteral("## Shared by all and unique to each")));
}

TEST(CommandLine, UnknownRoleNamesTheClosestIds)
{
    const ProcessResult run = cli({QStringLiteral("show"), QStringLiteral("social-media-manger")});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(
        QStringLiteral("unknown role \"social-media-manger\"; did you mean: social-media-manager")))
        << qPrintable(run.err);
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CommandLine, CompareNeedsTwoToFourRoles)
{
    const QStringList roles{QStringLiteral("smm"), QStringLiteral("cm"),
                            QStringLiteral("influencer"), QStringLiteral("website-manager"),
                            QStringLiteral("marketing-strategist")};
    const auto compare = [&](int count) {
        return cli(QStringList{QStringLiteral("compare")} + roles.mid(0, count));
    };
    const ProcessResult tooFew = compare(rolelens::Comparison::kMinRoles - 1);
    EXPECT_EQ(tooFew.exitCode, 2);
    EXPECT_TRUE(tooFew.err.contains(QStringLiteral("compare takes 2 to 4 roles, 1 given")))
        << qPrintable(tooFew.err);
    EXPECT_EQ(compare(rolelens::Comparison::kMinRoles).exitCode, 0);
    EXPECT_EQ(compare(rolelens::Comparison::kMaxRoles).exitCode, 0);
    const ProcessResult tooMany = compare(rolelens::Comparison::kMaxRoles + 1);
    EXPECT_EQ(tooMany.exitCode, 2);
    EXPECT_TRUE(tooMany.err.contains(QStringLiteral("compare takes 2 to 4 roles, 5 given")))
        << qPrintable(tooMany.err);
    const ProcessResult twice = cli(
        {QStringLiteral("compare"), QStringLiteral("smm"), QStringLiteral("social-media-manager")});
    EXPECT_EQ(twice.exitCode, 2);
    EXPECT_TRUE(twice.err.contains(QStringLiteral("given twice")));
}

TEST(CommandLine, UsageErrorsExitWithTwo)
{
    EXPECT_EQ(cli({QStringLiteral("frobnicate")}).exitCode, 2);
    EXPECT_TRUE(cli({QStringLiteral("frobnicate")})
                    .err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("--colour")}).exitCode, 2);
    const ProcessResult format =
        cli({QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("xml")});
    EXPECT_EQ(format.exitCode, 2);
    EXPECT_TRUE(format.err.contains(QStringLiteral("unknown format \"xml\"")));
    EXPECT_EQ(cli({QStringLiteral("show")}).exitCode, 2);
    EXPECT_EQ(cli({QStringLiteral("show"), QStringLiteral("smm"), QStringLiteral("cm")}).exitCode,
              2);
    EXPECT_EQ(cli({QStringLiteral("list"), QStringLiteral("extra")}).exitCode, 2);
}

TEST(CommandLine, CatalogThatIsNotJsonReportsLineAndColumn)
{
    QTemporaryDir folder;
    const QString path = writeFile(folder, QStringLiteral("bad.json"),
                                   "{\n  \"format\": \"rolelens-catalog\"\n  \"version\": 1\n}\n");
    const ProcessResult run = cli({QStringLiteral("list"), QStringLiteral("--catalog"), path});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(path + QStringLiteral(":3:3: not valid JSON")))
        << qPrintable(run.err);
}

TEST(CommandLine, InvalidCatalogReportsEveryProblemWithItsPath)
{
    QTemporaryDir folder;
    const QString path = writeFile(folder, QStringLiteral("roles.json"), R"({
  "format": "rolelens-catalog", "version": 1,
  "roles": [
    { "id": "social-media-manager", "title": 7 },
    { "id": "social-media-manager", "title": "Twice" }
  ],
  "metrics": [ { "id": "reach", "name": "Reach", "definition": "d", "unit": "u",
                 "higherIsBetter": "yes", "sources": [ { "source": "nowhere" } ] } ]
})");
    const ProcessResult run = cli({QStringLiteral("compare"), QStringLiteral("smm"),
                                   QStringLiteral("cm"), QStringLiteral("--catalog"), path});
    EXPECT_EQ(run.exitCode, 3);
    for (const char *expected : {"$.roles[0].title: expected a string, found a number",
                                 "$.roles[0].summary: required field is missing",
                                 "$.roles[1].id: duplicate role id \"social-media-manager\"",
                                 "$.metrics[0].higherIsBetter: expected true or false",
                                 "$.metrics[0].sources[0].source: unknown source \"nowhere\""}) {
        EXPECT_TRUE(run.err.contains(path + QStringLiteral(": ") + QString::fromUtf8(expected)))
            << expected << "\n"
            << qPrintable(run.err);
    }
    EXPECT_TRUE(run.out.isEmpty());
}

TEST(CommandLine, ExtraCatalogAddsAndReplacesRoles)
{
    QTemporaryDir folder;
    const ProcessResult base = cli({QStringLiteral("show"), QStringLiteral("website-manager"),
                                    QStringLiteral("--format"), QStringLiteral("json")});
    QJsonObject role = json(base).object();
    role.insert(QStringLiteral("title"), QStringLiteral("Webmaster (our agency)"));
    for (const char *derived : {"disagreements", "sources"}) {
        role.remove(QString::fromLatin1(derived)); // output-only fields
    }
    QJsonObject dimensions = role.value(QStringLiteral("dimensions")).toObject();
    for (auto it = dimensions.begin(); it != dimensions.end(); ++it) {
        QJsonObject value = it.value().toObject();
        value.remove(QStringLiteral("label"));
        it.value() = value;
    }
    role.insert(QStringLiteral("dimensions"), dimensions);
    QJsonArray metrics;
    for (const auto &use : role.value(QStringLiteral("metrics")).toArray()) {
        QJsonObject object = use.toObject();
        object.remove(QStringLiteral("name"));
        metrics.append(object);
    }
    role.insert(QStringLiteral("metrics"), metrics);
    const QJsonObject catalog{{QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
                              {QStringLiteral("version"), 1},
                              {QStringLiteral("roles"), QJsonArray{role}}};
    const QString path =
        writeFile(folder, QStringLiteral("ours.json"), QJsonDocument(catalog).toJson());
    const ProcessResult run = cli({QStringLiteral("--catalog"), path, QStringLiteral("show"),
                                   QStringLiteral("website-manager")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Webmaster (our agency)\n")));
}

TEST(CommandLine, WindowWithoutDisplaySaysSoInOneLine)
{
    const ProcessResult run = cli({});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << qPrintable(run.err);
    EXPECT_TRUE(run.err.contains(QStringLiteral("xvfb-run")));
    EXPECT_TRUE(run.err.contains(QStringLiteral("rolelens --help")));
}

TEST(CommandLine, AFileToOpenIsForTheWindowNotAnUnknownCommand)
{
    QTemporaryDir folder;
    const QString scenario = writeFile(folder, QStringLiteral("bakery.rolelens.json"), "{}");
    const QString catalog = writeFile(folder, QStringLiteral("roles"), "{}");
    // Without a display, the window's own one-line message, not "unknown command".
    for (const QString &file : {scenario, catalog, QStringLiteral("missing.json")}) {
        const ProcessResult run = cli({file});
        EXPECT_EQ(run.exitCode, 1) << qPrintable(file + run.err);
        EXPECT_TRUE(run.err.contains(QStringLiteral("cannot open the window")))
            << qPrintable(run.err);
    }
    // A typing mistake is still one, and the message says files are welcome too.
    const ProcessResult typo = cli({QStringLiteral("lst")});
    EXPECT_EQ(typo.exitCode, 2);
    EXPECT_TRUE(typo.err.contains(QStringLiteral("or a scenario or catalog file to open")))
        << qPrintable(typo.err);
}

TEST(CommandLineOptions, FilesToOpenAreEveryArgumentAndCommandsStayCommands)
{
    QTemporaryDir folder;
    const QString plain = writeFile(folder, QStringLiteral("extra-roles"), "{}");
    QString error;
    const auto files =
        CommandLineOptions::parse({QStringLiteral("rolelens"), QStringLiteral("a.rolelens.json"),
                                   plain, QStringLiteral("--lang"), QStringLiteral("de")},
                                  &error);
    ASSERT_TRUE(files) << qPrintable(error);
    EXPECT_EQ(files->command, QString());
    EXPECT_EQ(files->filesToOpen, QStringList({QStringLiteral("a.rolelens.json"), plain}));
    EXPECT_TRUE(CommandLineOptions::wantsWindow({QStringLiteral("rolelens"), plain}));
    EXPECT_TRUE(CommandLineOptions::isFileToOpen(QStringLiteral("CATALOG.JSON")));
    EXPECT_FALSE(CommandLineOptions::isFileToOpen(QStringLiteral("list")));
    EXPECT_FALSE(CommandLineOptions::isFileToOpen(QStringLiteral("lst")));
    // "list" is the command even where a file of that name lies in the current folder.
    const auto list =
        CommandLineOptions::parse({QStringLiteral("rolelens"), QStringLiteral("list")}, &error);
    ASSERT_TRUE(list);
    EXPECT_EQ(list->command, QStringLiteral("list"));
    EXPECT_TRUE(list->filesToOpen.isEmpty());
}

TEST(CommandLine, VerboseLogsToStderrOnly)
{
    const ProcessResult run = cli({QStringLiteral("list"), QStringLiteral("--verbose"),
                                   QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains(QStringLiteral("catalog: debug: reading catalog file")))
        << qPrintable(run.err);
    json(run); // stdout stays pure JSON
}

} // namespace

namespace rolelens {
namespace {

// With a run path, the loader would look for Qt and every other library under it first; an
// empty entry (what CMake wrote) means the working directory, whatever it is.
TEST(Program, HasNoRunPath)
{
    const testing::ProcessResult result = testing::runProgram(
        QStringLiteral("readelf"), {QStringLiteral("--dynamic"), QStringLiteral(ROLELENS_BINARY)});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    ASSERT_TRUE(result.out.contains(QStringLiteral("(NEEDED)"))) << qPrintable(result.out);
    EXPECT_FALSE(result.out.contains(QStringLiteral("RUNPATH"))) << qPrintable(result.out);
    EXPECT_FALSE(result.out.contains(QStringLiteral("RPATH"))) << qPrintable(result.out);
}

} // namespace
} // namespace rolelens
