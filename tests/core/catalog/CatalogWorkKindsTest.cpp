#include "catalog/CatalogLoader.h"
#include "support/CatalogErrors.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// The self-check's kinds of work as a catalog declares them: two sides each, every side read
// from tags of the dimensions' vocabularies, side ids that name one side only.
namespace rolelens {
namespace {

using namespace testing;

QJsonObject side(const QString &id, const QJsonObject &anyOf)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("label"), QStringLiteral("Label of ") + id},
            {QStringLiteral("anyOf"), anyOf}};
}

QJsonObject kind(const QString &id, const QJsonArray &sides)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("question"), QStringLiteral("Which?")},
            {QStringLiteral("sides"), sides}};
}

const QJsonObject kStrategy{{QStringLiteral("focus"), QJsonArray{QStringLiteral("strategy")}}};
const QJsonObject kExecution{
    {QStringLiteral("focus"), QJsonArray{QStringLiteral("execution")}},
    {QStringLiteral("decisionLevel"),
     QJsonArray{QStringLiteral("tactical"), QStringLiteral("operational")}}};

Result<Catalog> loadKinds(const QJsonArray &kinds)
{
    QJsonObject catalog = minimalCatalog();
    catalog.insert(QStringLiteral("workKinds"), kinds);
    return load(catalog);
}

TEST(CatalogWorkKinds, AGoodChoiceIsRead)
{
    const auto loaded =
        loadKinds({kind(QStringLiteral("plan-or-do"), {side(QStringLiteral("plan"), kStrategy),
                                                       side(QStringLiteral("do"), kExecution)})});
    ASSERT_TRUE(loaded.ok()) << qPrintable(messages(loaded).join(QLatin1Char('\n')));
    ASSERT_EQ(loaded->workKinds().size(), 1);
    const WorkKind &read = loaded->workKinds().first();
    ASSERT_EQ(read.sides.size(), 2);
    EXPECT_EQ(read.sides.at(1).label, QStringLiteral("Label of do"));
    ASSERT_EQ(read.sides.at(1).anyOf.size(), 3);
    int operational = 0;
    for (const DimensionTag &tag : read.sides.at(1).anyOf) {
        operational +=
            tag.dimension == Dimension::DecisionLevel && tag.tag == QLatin1String("operational");
    }
    EXPECT_EQ(operational, 1);
    EXPECT_EQ(loaded->workKindWithSide(QStringLiteral("do")), &read);
}

TEST(CatalogWorkKinds, EveryMistakeIsReportedWithItsPlace)
{
    EXPECT_ERROR(loadKinds({kind(QStringLiteral("one"), {side(QStringLiteral("a"), kStrategy)})}),
                 "$.workKinds[0].sides", "expected 2 sides, found 1");
    EXPECT_ERROR(loadKinds({kind(QStringLiteral("twins"), {side(QStringLiteral("a"), kStrategy),
                                                           side(QStringLiteral("a"), kStrategy)})}),
                 "$.workKinds[0].sides[1]", "listed twice");
    const QJsonObject unknownTag{
        {QStringLiteral("focus"), QJsonArray{QStringLiteral("strategy"), QStringLiteral("naps")}}};
    EXPECT_ERROR(loadKinds({kind(QStringLiteral("k"), {side(QStringLiteral("a"), kStrategy),
                                                       side(QStringLiteral("b"), unknownTag)})}),
                 "$.workKinds[0].sides[1].anyOf.focus[1]", "expected one of the focus tags");
    const QJsonObject unknownDimension{{QStringLiteral("mood"), QJsonArray{QStringLiteral("x")}}};
    EXPECT_ERROR(
        loadKinds({kind(QStringLiteral("k"), {side(QStringLiteral("a"), kStrategy),
                                              side(QStringLiteral("b"), unknownDimension)})}),
        "$.workKinds[0].sides[1].anyOf.mood", "unknown dimension \"mood\"");
    EXPECT_ERROR(loadKinds({kind(QStringLiteral("k"), {side(QStringLiteral("a"), kStrategy),
                                                       side(QStringLiteral("b"), {})})}),
                 "$.workKinds[0].sides[1].anyOf", "at least one tag");
    // A side is named by its id alone on the command line: one id, one side.
    EXPECT_ERROR(loadKinds({kind(QStringLiteral("k"), {side(QStringLiteral("a"), kStrategy),
                                                       side(QStringLiteral("b"), kExecution)}),
                            kind(QStringLiteral("l"), {side(QStringLiteral("c"), kStrategy),
                                                       side(QStringLiteral("a"), kExecution)})}),
                 "$.workKinds[1].sides[1].id", "\"a\" is already a side of the work kind \"k\"");
    QJsonObject noQuestion = kind(QStringLiteral("k"), {side(QStringLiteral("a"), kStrategy),
                                                        side(QStringLiteral("b"), kExecution)});
    noQuestion.remove(QStringLiteral("question"));
    EXPECT_ERROR(loadKinds({noQuestion}), "$.workKinds[0].question", "");
}

} // namespace
} // namespace rolelens
