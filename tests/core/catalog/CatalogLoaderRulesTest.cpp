#include "catalog/CatalogLoader.h"
#include "support/CatalogErrors.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// What a catalog's content must hold: references that resolve, tags from the vocabularies,
// weights in range, citations, goals and tasks an advisor can use, hierarchies that agree.
namespace rolelens {
namespace {

using namespace testing;

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

// Guidance: the sources' advice to owners, repeated by the documents it names.
TEST(CatalogLoader, GuidanceIsChecked)
{
    const QJsonObject good{
        {QStringLiteral("id"), QStringLiteral("agree-first")},
        {QStringLiteral("text"), QStringLiteral("Agree on the role first.")},
        {QStringLiteral("shownIn"), QJsonArray{QStringLiteral("agreement")}},
        {QStringLiteral("sources"),
         QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}};
    const auto loaded = load(withSection("guidance", QJsonArray{good}));
    ASSERT_TRUE(loaded.ok()) << qPrintable(messages(loaded).join(QLatin1Char('\n')));
    ASSERT_EQ(loaded->guidanceFor(Guidance::Document::Agreement).size(), 1);
    EXPECT_TRUE(loaded->guidanceFor(Guidance::Document::Advice).isEmpty());

    QJsonObject bad = good;
    bad.insert(QStringLiteral("shownIn"), QJsonArray{QStringLiteral("poster")});
    EXPECT_ERROR(load(withSection("guidance", QJsonArray{bad})), "$.guidance[0].shownIn[0]",
                 "unknown document \"poster\"");
    bad.insert(QStringLiteral("shownIn"), QJsonArray{});
    EXPECT_ERROR(load(withSection("guidance", QJsonArray{bad})), "$.guidance[0].shownIn",
                 "at least one");
    bad = good;
    bad.insert(QStringLiteral("sources"),
               QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("nobody")}}});
    EXPECT_ERROR(load(withSection("guidance", QJsonArray{bad})), "$.guidance[0].sources[0].source",
                 "unknown source");
    bad = good;
    bad.remove(QStringLiteral("text"));
    EXPECT_ERROR(load(withSection("guidance", QJsonArray{bad})), "$.guidance[0].text", "");
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

// A position may say which roles it speaks of and what it says of one person filling them.
TEST(CatalogLoader, DisagreementPositionsNameTheirRolesAndWhatTheySayOfOneHire)
{
    const QJsonArray sources{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}};
    const auto position = [&](const char *view) {
        return QJsonObject{
            {QStringLiteral("view"), QString::fromLatin1(view)},
            {QStringLiteral("sources"), sources},
            {QStringLiteral("roles"), QJsonArray{QStringLiteral("boss"), QStringLiteral("worker")}},
            {QStringLiteral("oneHire"), QStringLiteral("warned-against")}};
    };
    const auto disagreement = [](const QJsonObject &first, const QJsonObject &second) {
        return QJsonObject{{QStringLiteral("id"), QStringLiteral("one-person-two-roles")},
                           {QStringLiteral("topic"), QStringLiteral("One person?")},
                           {QStringLiteral("roles"), QJsonArray{QStringLiteral("boss")}},
                           {QStringLiteral("positions"), QJsonArray{first, second}}};
    };
    QJsonObject plain = position("Nobody says.");
    plain.remove(QStringLiteral("roles"));
    plain.remove(QStringLiteral("oneHire"));
    const auto good = load(withSection(
        "disagreements", QJsonArray{disagreement(position("Keep them apart."), plain)}));
    ASSERT_TRUE(good.ok()) << qPrintable(messages(good).join(QLatin1Char('\n')));
    const auto &positions = good->disagreements().first().positions;
    EXPECT_EQ(positions.at(0).roleIds,
              (QStringList{QStringLiteral("boss"), QStringLiteral("worker")}));
    EXPECT_EQ(positions.at(0).oneHire, Disagreement::OneHire::WarnedAgainst);
    EXPECT_TRUE(positions.at(1).roleIds.isEmpty());
    EXPECT_EQ(positions.at(1).oneHire, Disagreement::OneHire::Unsaid);

    QJsonObject unknownWord = position("Maybe.");
    unknownWord.insert(QStringLiteral("oneHire"), QStringLiteral("perhaps"));
    EXPECT_ERROR(load(withSection("disagreements", QJsonArray{disagreement(plain, unknownWord)})),
                 "$.disagreements[0].positions[1].oneHire",
                 "unknown oneHire \"perhaps\" (expected possible or warned-against)");
    QJsonObject unknownRole = position("Who?");
    unknownRole.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("bos")});
    EXPECT_ERROR(load(withSection("disagreements", QJsonArray{disagreement(unknownRole, plain)})),
                 "$.disagreements[0].positions[0].roles[0]", "unknown role \"bos\"");
}

// An exclusion names the advisor's tasks it is about; the tasks may come from a later file,
// as the built-in exclusions (03, 04) name the tasks of 06.
TEST(CatalogLoader, ExclusionsNameTasksThatExist)
{
    const QJsonObject exclusion{
        {QStringLiteral("task"), QStringLiteral("Filing: the worker's job")},
        {QStringLiteral("handledBy"), QStringLiteral("worker")},
        {QStringLiteral("tasks"), QJsonArray{QStringLiteral("do-work")}},
        {QStringLiteral("sources"),
         QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}};
    const QJsonObject task{{QStringLiteral("id"), QStringLiteral("do-work")},
                           {QStringLiteral("label"), QStringLiteral("Do the work")},
                           {QStringLiteral("responsibilities"), QJsonArray{QStringLiteral("work")}},
                           {QStringLiteral("handledBy"), QStringLiteral("worker")}};
    const QJsonObject tasksFile{{QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("tasks"), QJsonArray{task}}};
    {
        CatalogLoader loader;
        loader.addBytes(
            bytes(withBossField(QStringLiteral("notResponsibleFor"), QJsonArray{exclusion})),
            QStringLiteral("roles.json"));
        loader.addBytes(bytes(tasksFile), QStringLiteral("tasks.json"));
        const auto result = loader.finish();
        ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
        EXPECT_EQ(result->role(QStringLiteral("boss"))->notResponsibleFor.first().taskIds,
                  QStringList{QStringLiteral("do-work")});
    }

    QJsonObject unknown = exclusion;
    unknown.insert(QStringLiteral("tasks"),
                   QJsonArray{QStringLiteral("do-work"), QStringLiteral("do-wrok")});
    const auto result =
        load(withBossField(QStringLiteral("notResponsibleFor"), QJsonArray{unknown}),
             QStringLiteral("roles.json"));
    EXPECT_ERROR(result, "$.roles[0].notResponsibleFor[0].tasks[1]", "unknown task \"do-wrok\"");
    ASSERT_FALSE(result.ok());
    for (const auto &error : result.errors()) {
        EXPECT_EQ(error.file, QStringLiteral("roles.json")) << qPrintable(error.toString());
    }
    unknown.insert(QStringLiteral("tasks"), QStringLiteral("do-work"));
    EXPECT_ERROR(load(withBossField(QStringLiteral("notResponsibleFor"), QJsonArray{unknown})),
                 "$.roles[0].notResponsibleFor[0].tasks", "expected an array");
}

// A task whose owner the sources dispute names that disagreement, which must exist.
TEST(CatalogLoader, ATasksDisagreementMustExist)
{
    const QJsonObject disagreement{
        {QStringLiteral("id"), QStringLiteral("who-works")},
        {QStringLiteral("topic"), QStringLiteral("Who works?")},
        {QStringLiteral("roles"), QJsonArray{QStringLiteral("boss"), QStringLiteral("worker")}},
        {QStringLiteral("positions"),
         QJsonArray{
             QJsonObject{
                 {QStringLiteral("view"), QStringLiteral("The boss.")},
                 {QStringLiteral("sources"),
                  QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}},
             QJsonObject{
                 {QStringLiteral("view"), QStringLiteral("The worker.")},
                 {QStringLiteral("sources"),
                  QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}}}}};
    QJsonObject task{{QStringLiteral("id"), QStringLiteral("do-work")},
                     {QStringLiteral("label"), QStringLiteral("Do the work")},
                     {QStringLiteral("responsibilities"), QJsonArray{QStringLiteral("work")}},
                     {QStringLiteral("handledBy"), QStringLiteral("worker")},
                     {QStringLiteral("disagreement"), QStringLiteral("who-works")}};
    QJsonObject catalog = withSection("tasks", QJsonArray{task});
    catalog.insert(QStringLiteral("disagreements"), QJsonArray{disagreement});
    const auto good = load(catalog);
    ASSERT_TRUE(good.ok()) << qPrintable(messages(good).join(QLatin1Char('\n')));
    EXPECT_EQ(good->task(QStringLiteral("do-work"))->disagreement, QStringLiteral("who-works"));
    EXPECT_NE(good->disagreement(QStringLiteral("who-works")), nullptr);

    task.insert(QStringLiteral("disagreement"), QStringLiteral("who-walks"));
    EXPECT_ERROR(load(withSection("tasks", QJsonArray{task})), "$.tasks[0].disagreement",
                 "unknown disagreement \"who-walks\"");
}

} // namespace
} // namespace rolelens
