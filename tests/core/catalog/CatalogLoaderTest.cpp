#include "catalog/CatalogLoader.h"

#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

namespace rolelens {
namespace {

using namespace testing;

QStringList messages(const Result<Catalog> &result)
{
    QStringList lines;
    for (const auto &error : result.errors()) {
        lines.append(error.toString());
    }
    return lines;
}

bool hasError(const Result<Catalog> &result, const QString &path, const QString &fragment)
{
    for (const auto &error : result.errors()) {
        if (error.jsonPath == path && error.message.contains(fragment)) {
            return true;
        }
    }
    return false;
}

#define EXPECT_ERROR(result, path, fragment)                                                       \
    EXPECT_TRUE(hasError(result, QStringLiteral(path), QStringLiteral(fragment)))                  \
        << qPrintable(messages(result).join(QLatin1Char('\n')))

TEST(CatalogLoader, LoadsTheMinimalCatalog)
{
    const auto result = load(minimalCatalog());
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    EXPECT_EQ(result->roles().size(), 2);
    EXPECT_EQ(result->role(QStringLiteral("worker"))->reportsTo,
              QStringList{QStringLiteral("boss")});
    EXPECT_EQ(result->metric(QStringLiteral("reach"))->unit, QStringLiteral("accounts"));
}

TEST(CatalogLoader, SyntaxErrorNamesFileLineAndColumn)
{
    CatalogLoader loader;
    loader.addBytes("{\n  \"format\": \"rolelens-catalog\",\n  \"version\": 1,,\n}",
                    QStringLiteral("broken.json"));
    const auto result = loader.finish();
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.errors().size(), 1);
    const Diagnostic &error = result.errors().first();
    EXPECT_EQ(error.file, QStringLiteral("broken.json"));
    EXPECT_EQ(error.line, 3);
    EXPECT_EQ(error.column, 16);
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("not valid JSON")))
        << qPrintable(error.message);
    EXPECT_TRUE(error.toString().startsWith(QStringLiteral("broken.json:3:16: ")));
}

TEST(CatalogLoader, TopLevelMustBeAnObjectOfTheRightFormatAndVersion)
{
    CatalogLoader arrayLoader;
    arrayLoader.addBytes("[]", QStringLiteral("a.json"));
    EXPECT_ERROR(arrayLoader.finish(), "$", "expected a JSON object");

    QJsonObject wrongFormat = minimalCatalog();
    wrongFormat.insert(QStringLiteral("format"), QStringLiteral("something-else"));
    EXPECT_ERROR(load(wrongFormat), "$.format", "expected \"rolelens-catalog\"");

    QJsonObject newer = minimalCatalog();
    newer.insert(QStringLiteral("version"), 2);
    EXPECT_ERROR(load(newer), "$.version", "version 2 is not supported");
}

TEST(CatalogLoader, MissingFieldIsReportedWithItsPath)
{
    EXPECT_ERROR(load(withBossField(QStringLiteral("summary"), QJsonValue::Undefined)),
                 "$.roles[0].summary", "required field is missing");
}

TEST(CatalogLoader, WrongTypeIsReportedWithWhatWasExpected)
{
    EXPECT_ERROR(load(withBossField(QStringLiteral("title"), 42)), "$.roles[0].title",
                 "expected a string, found a number");
    EXPECT_ERROR(load(withBossField(QStringLiteral("reportsTo"), QStringLiteral("boss"))),
                 "$.roles[0].reportsTo", "expected an array, found a string");
}

TEST(CatalogLoader, UnknownFieldIsAnError)
{
    EXPECT_ERROR(load(withBossField(QStringLiteral("sumary"), QStringLiteral("typo"))),
                 "$.roles[0].sumary", "unknown field \"sumary\"");
}

TEST(CatalogLoader, DuplicateIdInOneFileIsAnError)
{
    QJsonObject catalog = minimalCatalog();
    QJsonArray roles = catalog.value(QStringLiteral("roles")).toArray();
    roles.append(roles.at(0));
    catalog.insert(QStringLiteral("roles"), roles);
    EXPECT_ERROR(load(catalog), "$.roles[2].id", "duplicate role id \"boss\"");
}

TEST(CatalogLoader, UnknownMetricReferenceIsAnError)
{
    QJsonObject use{{QStringLiteral("metric"), QStringLiteral("reech")},
                    {QStringLiteral("emphasis"), QStringLiteral("primary")},
                    {QStringLiteral("weight"), 2},
                    {QStringLiteral("basis"),
                     QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}};
    EXPECT_ERROR(load(withBossField(QStringLiteral("metrics"), QJsonArray{use})),
                 "$.roles[0].metrics[0].metric", "unknown metric \"reech\"");
}

QJsonObject withSection(const char *key, const QJsonArray &items)
{
    QJsonObject catalog = minimalCatalog();
    catalog.insert(QString::fromLatin1(key), items);
    return catalog;
}

TEST(CatalogLoader, GoalsAndTasksAreChecked)
{
    const QJsonObject goodGoal{{QStringLiteral("id"), QStringLiteral("reach-people")},
                               {QStringLiteral("label"), QStringLiteral("Reach people")},
                               {QStringLiteral("metrics"), QJsonArray{QStringLiteral("reach")}},
                               {QStringLiteral("horizon"), QStringLiteral("long-term")}};
    const QJsonObject goodTask{
        {QStringLiteral("id"), QStringLiteral("do-work")},
        {QStringLiteral("label"), QStringLiteral("Do the work")},
        {QStringLiteral("responsibilities"), QJsonArray{QStringLiteral("work")}},
        {QStringLiteral("handledBy"), QStringLiteral("worker")}};
    QJsonObject catalog = withSection("goals", QJsonArray{goodGoal});
    catalog.insert(QStringLiteral("tasks"), QJsonArray{goodTask});
    const auto good = load(catalog);
    ASSERT_TRUE(good.ok()) << qPrintable(messages(good).join(QLatin1Char('\n')));
    EXPECT_EQ(good->goal(QStringLiteral("reach-people"))->horizon, QStringLiteral("long-term"));
    EXPECT_EQ(good->task(QStringLiteral("do-work"))->handledBy, QStringLiteral("worker"));

    QJsonObject badGoal = goodGoal;
    badGoal.insert(QStringLiteral("metrics"), QJsonArray{QStringLiteral("reech")});
    EXPECT_ERROR(load(withSection("goals", QJsonArray{badGoal})), "$.goals[0].metrics[0]",
                 "unknown metric \"reech\"");
    badGoal = goodGoal;
    badGoal.remove(QStringLiteral("metrics"));
    badGoal.insert(QStringLiteral("tags"),
                   QJsonObject{{QStringLiteral("timeHorizon"), QStringLiteral("soon")}});
    EXPECT_ERROR(load(withSection("goals", QJsonArray{badGoal})), "$.goals[0].tags.timeHorizon",
                 "expected one of the timeHorizon tags");
    badGoal.remove(QStringLiteral("tags"));
    EXPECT_ERROR(load(withSection("goals", QJsonArray{badGoal})), "$.goals[0]",
                 "a goal needs metrics or tags");
    badGoal = goodGoal;
    badGoal.insert(QStringLiteral("horizon"), QStringLiteral("someday"));
    EXPECT_ERROR(load(withSection("goals", QJsonArray{badGoal})), "$.goals[0].horizon",
                 "expected one of");

    QJsonObject badTask = goodTask;
    badTask.insert(QStringLiteral("responsibilities"), QJsonArray{QStringLiteral("nothing")});
    const auto unlisted = load(withSection("tasks", QJsonArray{badTask}));
    EXPECT_ERROR(unlisted, "$.tasks[0].responsibilities",
                 "no role lists the responsibility \"nothing\"");
    EXPECT_ERROR(unlisted, "$.tasks[0].handledBy", "lists none of the task's responsibilities");
    badTask = goodTask;
    badTask.insert(QStringLiteral("handledBy"), QStringLiteral("workr"));
    EXPECT_ERROR(load(withSection("tasks", QJsonArray{badTask})), "$.tasks[0].handledBy",
                 "unknown role \"workr\"");
}

TEST(CatalogLoader, AudienceGrowthMustBeAnOrderedRange)
{
    const QJsonArray illustrative{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}};
    const QJsonObject growth{{QStringLiteral("lowPercentPerMonth"), 9},
                             {QStringLiteral("highPercentPerMonth"), 3},
                             {QStringLiteral("sources"), illustrative}};
    EXPECT_ERROR(load(withBossField(QStringLiteral("audienceGrowth"), growth)),
                 "$.roles[0].audienceGrowth", "expected 0 <= lowPercentPerMonth");
    QJsonObject good = growth;
    good.insert(QStringLiteral("lowPercentPerMonth"), 1);
    const auto result = load(withBossField(QStringLiteral("audienceGrowth"), good));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->role(QStringLiteral("boss"))->audienceGrowth->highPercentPerMonth, 3.0);
}

TEST(CatalogLoader, NullIsNotAValue)
{
    EXPECT_ERROR(load(withBossField(QStringLiteral("aliases"), QJsonValue())), "$.roles[0].aliases",
                 "null is not a value");
}

TEST(CatalogLoader, UnknownRoleReferenceNamesTheClosestIds)
{
    QJsonObject exclusion{
        {QStringLiteral("task"), QStringLiteral("Filing")},
        {QStringLiteral("handledBy"), QStringLiteral("workr")},
        {QStringLiteral("sources"),
         QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}};
    const auto result =
        load(withBossField(QStringLiteral("notResponsibleFor"), QJsonArray{exclusion}));
    EXPECT_ERROR(result, "$.roles[0].notResponsibleFor[0].handledBy",
                 "unknown role \"workr\" (closest known: worker");
}

TEST(CatalogLoader, UnknownEmphasisTagAndOutOfRangeWeightAreErrors)
{
    QJsonObject use{{QStringLiteral("metric"), QStringLiteral("reach")},
                    {QStringLiteral("emphasis"), QStringLiteral("main")},
                    {QStringLiteral("weight"), 9},
                    {QStringLiteral("basis"),
                     QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}};
    const auto result = load(withBossField(QStringLiteral("metrics"), QJsonArray{use}));
    EXPECT_ERROR(result, "$.roles[0].metrics[0].emphasis", "unknown emphasis \"main\"");
    EXPECT_ERROR(result, "$.roles[0].metrics[0].weight", "weight 9 is out of range");

    QJsonObject catalog = minimalCatalog();
    QJsonArray roles = catalog.value(QStringLiteral("roles")).toArray();
    QJsonObject boss = roles.at(0).toObject();
    QJsonObject dimensions = boss.value(QStringLiteral("dimensions")).toObject();
    dimensions.insert(QStringLiteral("timeHorizon"), dimensionValue(QStringLiteral("overnight")));
    boss.insert(QStringLiteral("dimensions"), dimensions);
    roles.replace(0, boss);
    catalog.insert(QStringLiteral("roles"), roles);
    EXPECT_ERROR(load(catalog), "$.roles[0].dimensions.timeHorizon.tags[0]",
                 "unknown tag \"overnight\" for timeHorizon");
}

TEST(CatalogLoader, EveryDimensionMustBeFilled)
{
    QJsonObject catalog = minimalCatalog();
    QJsonArray roles = catalog.value(QStringLiteral("roles")).toArray();
    QJsonObject boss = roles.at(0).toObject();
    QJsonObject dimensions = boss.value(QStringLiteral("dimensions")).toObject();
    dimensions.remove(QStringLiteral("monetization"));
    boss.insert(QStringLiteral("dimensions"), dimensions);
    roles.replace(0, boss);
    catalog.insert(QStringLiteral("roles"), roles);
    EXPECT_ERROR(load(catalog), "$.roles[0].dimensions.monetization", "required field is missing");
}

TEST(CatalogLoader, StatementsMustCiteAndArticlesMustBeQuoted)
{
    EXPECT_ERROR(load(withBossField(QStringLiteral("summarySources"), QJsonArray{})),
                 "$.roles[0].summarySources", "must cite at least one source");
    const auto unquoted = load(withBossField(
        QStringLiteral("summarySources"),
        QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("paper")}}}));
    EXPECT_ERROR(unquoted, "$.roles[0].summarySources[0].source", "must quote the statement");
    const auto unknown = load(
        withBossField(QStringLiteral("summarySources"),
                      QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("blog")}}}));
    EXPECT_ERROR(unknown, "$.roles[0].summarySources[0].source", "unknown source \"blog\"");
}

TEST(CatalogLoader, HierarchyEndsMustAgree)
{
    const auto result = load(withBossField(QStringLiteral("supervises"), QJsonArray{}));
    EXPECT_ERROR(result, "$.roles[1].reportsTo",
                 "\"worker\" reports to \"boss\", but \"boss\" does not list \"worker\"");
}

TEST(CatalogLoader, ReportsEveryProblemNotOnlyTheFirst)
{
    QJsonObject catalog = withBossField(QStringLiteral("title"), 1);
    QJsonArray roles = catalog.value(QStringLiteral("roles")).toArray();
    QJsonObject worker = roles.at(1).toObject();
    worker.remove(QStringLiteral("category"));
    worker.insert(QStringLiteral("aliases"), QStringLiteral("W"));
    roles.replace(1, worker);
    catalog.insert(QStringLiteral("roles"), roles);
    const auto result = load(catalog);
    EXPECT_ERROR(result, "$.roles[0].title", "expected a string");
    EXPECT_ERROR(result, "$.roles[1].category", "required field is missing");
    EXPECT_ERROR(result, "$.roles[1].aliases", "expected an array");
    EXPECT_GE(result.errors().size(), 3);
}

TEST(CatalogLoader, LaterFileReplacesAnEntryWithTheSameId)
{
    CatalogLoader loader;
    loader.addBytes(bytes(minimalCatalog()), QStringLiteral("base.json"));
    QJsonObject override{{QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
                         {QStringLiteral("version"), 1}};
    QJsonObject worker = minimalRole(QStringLiteral("worker"));
    worker.insert(QStringLiteral("title"), QStringLiteral("Renamed worker"));
    worker.insert(QStringLiteral("reportsTo"), QJsonArray{QStringLiteral("boss")});
    QJsonObject extra = minimalRole(QStringLiteral("extra"));
    override.insert(QStringLiteral("roles"), QJsonArray{worker, extra});
    loader.addBytes(bytes(override), QStringLiteral("mine.json"));
    const auto result = loader.finish();
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    EXPECT_EQ(result->role(QStringLiteral("worker"))->title, QStringLiteral("Renamed worker"));
    EXPECT_EQ(result->roles().size(), 3);
    EXPECT_EQ(loader.replacedEntries(), QStringList{QStringLiteral("role worker")});
}

// Files are parsed side by side; what they yield must not depend on which finishes first.
QStringList loadManyFiles(const QString &unreadable)
{
    CatalogLoader loader;
    loader.addBytes(bytes(minimalCatalog()), QStringLiteral("base.json"));
    for (int i = 0; i < 12; ++i) {
        QJsonObject file{{QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
                         {QStringLiteral("version"), 1}};
        QJsonObject role = minimalRole(QStringLiteral("extra-%1").arg(i));
        role.insert(QStringLiteral("title"), i); // a problem in every file
        file.insert(QStringLiteral("roles"), QJsonArray{role});
        // Big enough to be parsed on a worker thread.
        QJsonArray padding;
        for (int k = 0; k < 17; ++k) {
            padding.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("pad-%1-%2").arg(i).arg(k)},
                            {QStringLiteral("kind"), QStringLiteral("general-practice")},
                            {QStringLiteral("title"), QStringLiteral("Padding")},
                            {QStringLiteral("note"), QString(16000, QLatin1Char('n'))}});
        }
        file.insert(QStringLiteral("sources"), padding);
        const QByteArray json = bytes(file);
        EXPECT_GE(json.size(), CatalogLoader::kThreadedParseBytes);
        loader.addBytes(json, QStringLiteral("extra-%1.json").arg(i));
        if (i == 4) {
            loader.addFile(unreadable);
            loader.addBytes("{,", QStringLiteral("broken.json"));
        }
    }
    // The general-practice source becomes an article: every citation of it without a quote,
    // in every earlier file, is now a problem, reported where it was made.
    QJsonObject replacement{{QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
                            {QStringLiteral("version"), 1}};
    replacement.insert(
        QStringLiteral("sources"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("gp")},
                               {QStringLiteral("kind"), QStringLiteral("article")},
                               {QStringLiteral("title"), QStringLiteral("Now an article")}}});
    loader.addBytes(bytes(replacement), QStringLiteral("replacement.json"));
    const auto result = loader.finish();
    EXPECT_EQ(loader.replacedEntries(), QStringList{QStringLiteral("source gp")});
    return messages(result);
}

TEST(CatalogLoader, ProblemsComeInFileOrderWhateverFileIsParsedFirst)
{
    QTemporaryDir folder;
    const QString missing = folder.filePath(QStringLiteral("missing.json"));
    const QStringList first = loadManyFiles(missing);
    for (int run = 0; run < 5; ++run) {
        ASSERT_EQ(loadManyFiles(missing), first);
    }
    QStringList expectedStart;
    for (int i = 0; i < 12; ++i) {
        expectedStart.append(
            QStringLiteral("extra-%1.json: $.roles[0].title: expected a string, found a number")
                .arg(i));
        if (i == 4) {
            expectedStart.append(missing + QStringLiteral(": cannot be read"));
            expectedStart.append(QStringLiteral("broken.json:1:2: not valid JSON"));
        }
    }
    ASSERT_GT(first.size(), expectedStart.size());
    for (qsizetype i = 0; i < expectedStart.size(); ++i) {
        EXPECT_TRUE(first.at(i).startsWith(expectedStart.at(i)))
            << qPrintable(first.at(i)) << " / " << qPrintable(expectedStart.at(i));
    }
    // Then the references, in the order they were made: base.json's first.
    const QString article = QStringLiteral(
        ": a citation of the article \"gp\" must quote the statement that supports it");
    EXPECT_EQ(first.at(expectedStart.size()),
              QStringLiteral("base.json: $.metrics[0].sources[0].source") + article);
    EXPECT_TRUE(first.contains(
        QStringLiteral("base.json: $.roles[1].dimensions.hierarchy.sources[0].source") + article));
    EXPECT_TRUE(first.contains(
        QStringLiteral("base.json: $.roles[0].responsibilities[0].sources[0].source") + article));
    EXPECT_TRUE(first.contains(QStringLiteral("base.json: $.roles[1].metrics[0].basis[0].source") +
                               article));
    // The roles of the extra files did not load (their titles are wrong), but what they cite
    // is still checked, as it always was.
    EXPECT_TRUE(first.contains(
        QStringLiteral("extra-11.json: $.roles[0].summarySources[0].source") + article));
}

TEST(CatalogLoader, UnreadableFilesAreReportedByName)
{
    QTemporaryDir folder;
    CatalogLoader loader;
    loader.addFile(folder.filePath(QStringLiteral("missing.json")));
    loader.addFile(folder.path());
    const auto result = loader.finish();
    ASSERT_EQ(result.errors().size(), 2);
    EXPECT_TRUE(result.errors().at(0).message.startsWith(QStringLiteral("cannot be read")));
    EXPECT_EQ(result.errors().at(1).file, folder.path());
    EXPECT_TRUE(result.errors().at(1).message.contains(QStringLiteral("is a folder")));
}

TEST(CatalogLoader, ArbitraryBytesNeverCrash)
{
    const QList<QByteArray> inputs{
        "",
        "null",
        "{}",
        "{\"format\": 1}",
        "\xff\xfe{",
        "[{]}",
        "{\"format\":\"rolelens-catalog\",\"version\":1,\"roles\":[1,\"x\",null,{}]}",
        "{\"format\":\"rolelens-catalog\",\"version\":1.5}"};
    for (const auto &input : inputs) {
        CatalogLoader loader;
        loader.addBytes(input, QStringLiteral("fuzz.json"));
        EXPECT_FALSE(loader.finish().ok()) << input.constData();
    }
}

} // namespace
} // namespace rolelens

namespace rolelens {
namespace {

// Damaged copies of the real catalog files: bytes flipped, cut short, pieces repeated. The
// loader must answer every one with a catalog or with errors, never crash or hang.
TEST(CatalogLoader, DamagedRealFilesNeverCrash)
{
    std::mt19937 random(20261123); // fixed: a failure must be reproducible
    int refused = 0;
    for (const auto &path : CatalogLoader::builtInFiles()) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        for (int round = 0; round < 60; ++round) {
            QByteArray damaged = original;
            const auto at = [&](qsizetype size) {
                return static_cast<qsizetype>(
                    random() % static_cast<std::uint32_t>(std::max<qsizetype>(size, 1)));
            };
            switch (round % 3) {
            case 0:
                for (int flips = 0; flips < 1 + round % 5; ++flips) {
                    damaged[at(damaged.size())] = static_cast<char>(random() & 0xff);
                }
                break;
            case 1:
                damaged.truncate(at(damaged.size()));
                break;
            case 2: {
                const qsizetype from = at(damaged.size());
                damaged.insert(at(damaged.size()), damaged.mid(from, 40));
                break;
            }
            }
            CatalogLoader loader;
            loader.addBytes(damaged, path);
            const auto result = loader.finish();
            if (!result.ok()) {
                ++refused;
                for (const auto &error : result.errors()) {
                    EXPECT_FALSE(error.message.isEmpty());
                    // Every error names the file, in its file field or, for a catalog
                    // with no role at all, in its message.
                    EXPECT_TRUE(error.file == path || error.message.contains(path))
                        << qPrintable(error.toString());
                }
            }
        }
    }
    EXPECT_GT(refused, 100); // nearly every damaged file is refused, with reasons
}

} // namespace
} // namespace rolelens
