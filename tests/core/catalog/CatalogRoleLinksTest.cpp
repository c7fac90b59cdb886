#include "map/ReportingLines.h"
#include "support/CatalogErrors.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// A reporting line as an object: {role, label?, condition?, sources}, beside the plain id.
namespace rolelens {
namespace {

using namespace testing;

const QJsonArray kPaperQuote{QJsonObject{{QStringLiteral("source"), QStringLiteral("paper")},
                                         {QStringLiteral("quote"), QStringLiteral("Boss above.")}}};

QJsonObject describedLine(const QString &role)
{
    return QJsonObject{{QStringLiteral("role"), role},
                       {QStringLiteral("label"), QStringLiteral("Above it (one paper)")},
                       {QStringLiteral("condition"), QStringLiteral("In large teams")},
                       {QStringLiteral("sources"), kPaperQuote}};
}

TEST(CatalogRoleLinks, AnObjectCarriesItsLabelConditionAndSources)
{
    const auto result = load(withBossField(QStringLiteral("supervises"),
                                           QJsonArray{describedLine(QStringLiteral("worker"))}));
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    const Role *boss = result->role(QStringLiteral("boss"));
    ASSERT_NE(boss, nullptr);
    ASSERT_EQ(boss->supervises.size(), 1);
    const RoleLink &link = boss->supervises.first();
    EXPECT_EQ(link.roleId, QStringLiteral("worker"));
    EXPECT_EQ(link.label, QStringLiteral("Above it (one paper)"));
    EXPECT_EQ(link.condition, QStringLiteral("In large teams"));
    EXPECT_EQ(link.sources, (Citations{{QStringLiteral("paper"), QStringLiteral("Boss above.")}}));
    EXPECT_TRUE(boss->citedSourceIds().contains(QStringLiteral("paper")));

    // The worker's plain id names the same line; what the boss says of it is its description.
    const Role *worker = result->role(QStringLiteral("worker"));
    ASSERT_NE(worker, nullptr);
    EXPECT_FALSE(worker->reportsTo.first().isDescribed());
    const auto lines = ReportingLines::all(result.value());
    ASSERT_EQ(lines.size(), 1);
    EXPECT_EQ(lines.first().supervisorId, QStringLiteral("boss"));
    EXPECT_EQ(lines.first().supervisedId, QStringLiteral("worker"));
    ASSERT_EQ(lines.first().statements.size(), 1);
    EXPECT_EQ(lines.first().statements.first().label, link.label);
}

TEST(CatalogRoleLinks, BothEndsMayDescribeTheLine)
{
    QJsonObject catalog = withBossField(QStringLiteral("supervises"),
                                        QJsonArray{describedLine(QStringLiteral("worker"))});
    QJsonArray roles = catalog.value(QStringLiteral("roles")).toArray();
    QJsonObject worker = roles.at(1).toObject();
    worker.insert(QStringLiteral("reportsTo"), QJsonArray{describedLine(QStringLiteral("boss"))});
    roles.replace(1, worker);
    catalog.insert(QStringLiteral("roles"), roles);
    const auto result = load(catalog);
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    EXPECT_EQ(
        ReportingLines::statements(result.value(), QStringLiteral("boss"), QStringLiteral("worker"))
            .size(),
        2);
}

TEST(CatalogRoleLinks, WrongEntriesAreReportedWithTheirPath)
{
    QJsonObject noSources = describedLine(QStringLiteral("worker"));
    noSources.remove(QStringLiteral("sources"));
    EXPECT_ERROR(load(withBossField(QStringLiteral("supervises"), QJsonArray{noSources})),
                 "$.roles[0].supervises[0].sources", "missing");

    QJsonObject noRole = describedLine(QStringLiteral("worker"));
    noRole.remove(QStringLiteral("role"));
    EXPECT_ERROR(load(withBossField(QStringLiteral("supervises"), QJsonArray{noRole})),
                 "$.roles[0].supervises[0].role", "missing");

    QJsonObject typo = describedLine(QStringLiteral("worker"));
    typo.insert(QStringLiteral("lable"), QStringLiteral("x"));
    EXPECT_ERROR(load(withBossField(QStringLiteral("supervises"), QJsonArray{typo})),
                 "$.roles[0].supervises[0].lable", "unknown field");

    QJsonObject nothingToSupport = describedLine(QStringLiteral("worker"));
    nothingToSupport.remove(QStringLiteral("label"));
    nothingToSupport.remove(QStringLiteral("condition"));
    EXPECT_ERROR(load(withBossField(QStringLiteral("supervises"), QJsonArray{nothingToSupport})),
                 "$.roles[0].supervises[0]", "needs a \"label\" or a \"condition\"");

    QJsonObject unquoted = describedLine(QStringLiteral("worker"));
    unquoted.insert(QStringLiteral("sources"),
                    QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("paper")}}});
    EXPECT_ERROR(load(withBossField(QStringLiteral("supervises"), QJsonArray{unquoted})),
                 "$.roles[0].supervises[0].sources[0].source", "quote");

    EXPECT_ERROR(load(withBossField(QStringLiteral("supervises"), QJsonArray{42})),
                 "$.roles[0].supervises[0]", "expected a role id or an object");
    EXPECT_ERROR(
        load(withBossField(QStringLiteral("supervises"), QJsonArray{QStringLiteral("Worker")})),
        "$.roles[0].supervises[0]", "is not a valid id");
    EXPECT_ERROR(load(withBossField(QStringLiteral("supervises"),
                                    QJsonArray{QStringLiteral("worker"),
                                               describedLine(QStringLiteral("worker"))})),
                 "$.roles[0].supervises[1]", "\"worker\" is listed twice");

    const auto unknown = load(withBossField(QStringLiteral("supervises"),
                                            QJsonArray{describedLine(QStringLiteral("wrker"))}));
    EXPECT_ERROR(unknown, "$.roles[0].supervises[0].role", "unknown role \"wrker\"");
    // Both ends must still agree when one is an object.
    EXPECT_ERROR(unknown, "$.roles[1].reportsTo", "does not list \"worker\"");
}

} // namespace
} // namespace rolelens
