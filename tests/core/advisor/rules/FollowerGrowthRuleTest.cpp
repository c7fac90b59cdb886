#include "advisor/rules/FollowerGrowthRule.h"

#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

#include <cmath>

namespace rolelens {
namespace {

using testing::builtInCatalog;
using testing::considering;
using testing::findingsOf;

// A manager whose owner expects a year of growth at `percentPerMonth`, judged against the
// owner's own range of 1 to 4 % a month (critical beyond three times 4 %).
Scenario yearAt(double percentPerMonth)
{
    Scenario scenario = considering(QStringLiteral("social-media-manager"));
    scenario.audienceGrowth = Scenario::GrowthOverride{1, 4};
    const double months = RoleLookups::weeksToMonths(52);
    scenario.followers = Scenario::Followers{
        1000, static_cast<int>(1000 * std::pow(1 + percentPerMonth / 100, months)), 52};
    return scenario;
}

TEST(FollowerGrowthRule, CitesTheAssumptionEvenWhenTheOwnerSetsTheFigures)
{
    const auto findings = findingsOf<FollowerGrowthRule>(yearAt(6));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().id, QStringLiteral("follower-growth-unrealistic"));
    EXPECT_EQ(findings.first().severity, Advice::Severity::Warning);
    EXPECT_EQ(findings.first().subject, QStringLiteral("follower-count"));
    const Role *manager = builtInCatalog().role(QStringLiteral("social-media-manager"));
    ASSERT_TRUE(manager->audienceGrowth.has_value());
    EXPECT_EQ(findings.first().sources, manager->audienceGrowth->sources);
}

TEST(FollowerGrowthRule, ThreeTimesTheHighEndIsWhereItTurnsCritical)
{
    EXPECT_TRUE(findingsOf<FollowerGrowthRule>(yearAt(3.5)).isEmpty());
    const auto under = findingsOf<FollowerGrowthRule>(yearAt(11.5));
    ASSERT_EQ(under.size(), 1);
    EXPECT_EQ(under.first().severity, Advice::Severity::Warning);
    const auto over = findingsOf<FollowerGrowthRule>(yearAt(12.5));
    ASSERT_EQ(over.size(), 1);
    EXPECT_EQ(over.first().severity, Advice::Severity::Critical);
}

} // namespace
} // namespace rolelens
