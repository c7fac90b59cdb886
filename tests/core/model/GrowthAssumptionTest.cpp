#include "model/GrowthAssumption.h"

#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

QJsonObject withHighGrowth(double percentPerMonth)
{
    const QJsonArray illustrative{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}};
    return testing::withBossField(
        QStringLiteral("audienceGrowth"),
        QJsonObject{{QStringLiteral("lowPercentPerMonth"), 0},
                    {QStringLiteral("highPercentPerMonth"), percentPerMonth},
                    {QStringLiteral("sources"), illustrative}});
}

TEST(GrowthAssumption, TheCatalogAcceptsGrowthUpToTheLimit)
{
    const auto atLimit = testing::load(withHighGrowth(GrowthAssumption::kMaxPercentPerMonth));
    ASSERT_TRUE(atLimit.ok()) << qPrintable(atLimit.errors().first().toString());
    EXPECT_EQ(atLimit->role(QStringLiteral("boss"))->audienceGrowth->highPercentPerMonth,
              GrowthAssumption::kMaxPercentPerMonth);

    const auto past = testing::load(withHighGrowth(GrowthAssumption::kMaxPercentPerMonth + 1));
    // Refused with the role, whose worker then reports to an unknown role: that comes second.
    ASSERT_FALSE(past.ok());
    EXPECT_EQ(
        past.errors().first().toString(),
        QStringLiteral("test.json: $.roles[0].audienceGrowth: expected 0 <= "
                       "lowPercentPerMonth <= highPercentPerMonth <= 1000, found 0 and 1001"));
}

} // namespace
} // namespace rolelens
