#include "catalog/CatalogLoader.h"

#include "support/CatalogErrors.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// One file's shape: JSON syntax, the top level, fields and their types. What the fields must
// say is in CatalogLoaderRulesTest, several files in CatalogLoaderFilesTest.
namespace rolelens {
namespace {

using namespace testing;

TEST(CatalogLoader, LoadsTheMinimalCatalog)
{
    const auto result = load(minimalCatalog());
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    EXPECT_EQ(result->roles().size(), 2);
    EXPECT_EQ(RoleLink::idsOf(result->role(QStringLiteral("worker"))->reportsTo),
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

TEST(CatalogLoader, NullIsNotAValue)
{
    EXPECT_ERROR(load(withBossField(QStringLiteral("aliases"), QJsonValue())), "$.roles[0].aliases",
                 "null is not a value");
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

} // namespace
} // namespace rolelens
