#include "advisor/FollowerProjection.h"

#include <gtest/gtest.h>

#include <cmath>

namespace rolelens {
namespace {

constexpr double kWeeksPerMonth = 52.0 / 12.0;

Role roleGrowing(double low, double high)
{
    Role role;
    role.id = QStringLiteral("grower");
    role.audienceGrowth = GrowthAssumption{low, high, {}};
    return role;
}

Scenario wanting(int current, int target, int weeks)
{
    Scenario scenario;
    scenario.followers = Scenario::Followers{current, target, weeks};
    return scenario;
}

TEST(FollowerProjection, NeedsFollowersAndAGrowthAssumption)
{
    EXPECT_FALSE(FollowerProjection::of(roleGrowing(2, 5), Scenario()).has_value());
    EXPECT_FALSE(FollowerProjection::of(Role(), wanting(1000, 2000, 26)).has_value());
    EXPECT_TRUE(FollowerProjection::of(roleGrowing(2, 5), wanting(1000, 2000, 26)).has_value());
}

TEST(FollowerProjection, CompoundsTheCatalogsRatesMonthly)
{
    const auto projection = FollowerProjection::of(roleGrowing(2, 5), wanting(1000, 2000, 52));
    ASSERT_TRUE(projection.has_value());
    EXPECT_DOUBLE_EQ(projection->months(), 12.0);
    EXPECT_NEAR(projection->lowAfter(12), 1000 * std::pow(1.02, 12), 1e-9);
    EXPECT_NEAR(projection->highAfter(6), 1000 * std::pow(1.05, 6), 1e-9);
    EXPECT_NEAR(*projection->requiredPerMonth(), (std::pow(2.0, 1.0 / 12) - 1) * 100, 1e-9);
    EXPECT_DOUBLE_EQ(*projection->expectedGrowth(), 100.0);
}

TEST(FollowerProjection, TheOwnersRatesReplaceTheCatalogs)
{
    Scenario scenario = wanting(1000, 2000, 52);
    scenario.audienceGrowth = Scenario::GrowthOverride{10, 20};
    const auto projection = FollowerProjection::of(roleGrowing(2, 5), scenario);
    ASSERT_TRUE(projection.has_value());
    EXPECT_DOUBLE_EQ(projection->growth().lowPercentPerMonth, 10);
    EXPECT_NEAR(projection->highAfter(1), 1200, 1e-9);
}

TEST(FollowerProjection, FromZeroFollowersNoRateGetsAnywhere)
{
    const auto projection = FollowerProjection::of(roleGrowing(2, 5), wanting(0, 500, 26));
    ASSERT_TRUE(projection.has_value());
    EXPECT_FALSE(projection->requiredPerMonth().has_value());
    EXPECT_FALSE(projection->expectedGrowth().has_value());
    EXPECT_DOUBLE_EQ(projection->highAfter(6), 0.0);
}

TEST(FollowerProjection, TheCurveRunsFromNowToTheDeadline)
{
    const auto projection = FollowerProjection::of(roleGrowing(2, 5), wanting(1200, 50000, 10));
    ASSERT_TRUE(projection.has_value());
    const auto points = projection->curve(4);
    ASSERT_EQ(points.size(), 5);
    EXPECT_DOUBLE_EQ(points.first().week, 0);
    EXPECT_DOUBLE_EQ(points.first().expected, 1200);
    EXPECT_DOUBLE_EQ(points.first().low, 1200);
    EXPECT_DOUBLE_EQ(points.first().high, 1200);
    EXPECT_DOUBLE_EQ(points.at(2).week, 5);
    EXPECT_DOUBLE_EQ(points.at(2).expected, (1200 + 50000) / 2.0);
    EXPECT_DOUBLE_EQ(points.last().week, 10);
    EXPECT_DOUBLE_EQ(points.last().expected, 50000);
    EXPECT_DOUBLE_EQ(points.last().low, projection->lowAfter(10 / kWeeksPerMonth));
    EXPECT_DOUBLE_EQ(points.last().high, projection->highAfter(10 / kWeeksPerMonth));
    EXPECT_LT(points.at(1).low, points.at(1).high);
    // Asked for no steps, it still gives both ends.
    EXPECT_EQ(projection->curve(0).size(), 2);
}

} // namespace
} // namespace rolelens
