#include "advisor/rules/FollowerGrowthRule.h"

#include "report/Figures.h"
#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

#include <cmath>

namespace rolelens {
namespace {

using testing::findingsOf;
using testing::FixtureCatalog;

// A grower whose audience typically grows 2 to 5 % a month, and a role with no such figures.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        FixtureCatalog fixture;
        fixture.role(QStringLiteral("grower"), QStringLiteral("Brand grower")).audienceGrowth(2, 5);
        fixture.role(QStringLiteral("steady"), QStringLiteral("Steady hand"));
        return fixture.build();
    }();
    return catalog;
}

// 52 weeks are exactly 12 months.
Scenario year(const char *roleId, int current, int target)
{
    Scenario scenario;
    scenario.considering = QLatin1String(roleId);
    scenario.followers = Scenario::Followers{current, target, 52};
    return scenario;
}

// The target a year of growth at this monthly rate reaches from 1,000 followers.
int yearAt(double percentPerMonth)
{
    return static_cast<int>(1000 * std::pow(1 + percentPerMonth / 100, 12));
}

QList<Advice::Finding> findings(const Scenario &scenario)
{
    return findingsOf<FollowerGrowthRule>(fixture(), scenario);
}

TEST(FollowerGrowthRule, GrowthUpToTheHighEndRaisesNothing)
{
    EXPECT_TRUE(findings(year("grower", 1000, yearAt(5))).isEmpty());
    EXPECT_TRUE(findings(year("grower", 1000, yearAt(2))).isEmpty());
}

TEST(FollowerGrowthRule, AboveTheHighEndIsAWarningWithWhatToExpectInstead)
{
    const auto found = findings(year("grower", 1000, 2000));
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.id, QStringLiteral("follower-growth-unrealistic"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("follower-count"));
    // Doubling in a year takes 2^(1/12) - 1, about 5.9 %, a month.
    const double required = 100 * (std::pow(2.0, 1.0 / 12) - 1);
    EXPECT_EQ(finding.message,
              QStringLiteral("Going from %1 to %2 followers in 52 weeks needs %3 growth a month; "
                             "the catalog assumes, as an illustration and not from the articles, "
                             "that the brand grower grows an audience by %4 to %5 a month.")
                  .arg(Figures::number(1000), Figures::number(2000), Figures::percent(required),
                       Figures::percent(2), Figures::percent(5)));
    EXPECT_EQ(finding.explanation,
              QStringLiteral("The growth needed is above the range assumed for the brand grower. "
                             "That range is an assumption, not a figure from the articles: change "
                             "it in the advisor if you know better."));
    // A year at the low and at the high end of the range.
    EXPECT_EQ(finding.suggestion,
              QStringLiteral("Expect about %1 to %2 followers after 52 weeks, or add a short "
                             "influencer campaign if you need a quick spike.")
                  .arg(Figures::number(1000 * std::pow(1.02, 12)),
                       Figures::number(1000 * std::pow(1.05, 12))));
    EXPECT_EQ(finding.sources,
              (Citations{{FixtureCatalog::kAssumption, {}},
                         FixtureCatalog::quote(QStringLiteral("grower: audienceGrowth"))}));
}

TEST(FollowerGrowthRule, ThreeTimesTheHighEndIsWhereItTurnsCritical)
{
    const auto under = findings(year("grower", 1000, yearAt(14.5)));
    ASSERT_EQ(under.size(), 1);
    EXPECT_EQ(under.first().severity, Advice::Severity::Warning);
    const auto over = findings(year("grower", 1000, yearAt(15.5)));
    ASSERT_EQ(over.size(), 1);
    EXPECT_EQ(over.first().severity, Advice::Severity::Critical);
}

TEST(FollowerGrowthRule, TheOwnersFiguresDecideAndTheAssumptionIsStillCited)
{
    Scenario scenario = year("grower", 1000, 2000);
    scenario.audienceGrowth = Scenario::GrowthOverride{4, 8};
    EXPECT_TRUE(findings(scenario).isEmpty());

    scenario.audienceGrowth = Scenario::GrowthOverride{1, 3};
    const auto found = findings(scenario);
    ASSERT_EQ(found.size(), 1);
    // The owner's own figures are the owner's assumption, not the catalog's.
    EXPECT_TRUE(found.first().message.endsWith(
        QStringLiteral("you assume the brand grower grows an audience by %1 to %2 a month.")
            .arg(Figures::percent(1), Figures::percent(3))))
        << found.first().message.toStdString();
    // 5.9 % is under three times 3 %.
    EXPECT_EQ(found.first().severity, Advice::Severity::Warning);
    EXPECT_EQ(found.first().sources,
              (Citations{{FixtureCatalog::kAssumption, {}},
                         FixtureCatalog::quote(QStringLiteral("grower: audienceGrowth"))}));
}

// The owner who needs the warning most: a brand-new account expected to reach thousands.
TEST(FollowerGrowthRule, FromZeroFollowersItSaysWhatToJudgeInstead)
{
    Scenario scenario = year("grower", 0, 50000);
    scenario.followers->weeks = 4;
    const auto found = findings(scenario);
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.id, QStringLiteral("follower-growth-unrealistic"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("follower-count"));
    EXPECT_EQ(finding.message,
              QStringLiteral("Going from no followers to 50,000 in 4 weeks: a monthly growth "
                             "rate multiplies the followers there are, so from zero no rate gets "
                             "there."));
    // No percentage of zero anywhere, and the assumption is labelled as one.
    EXPECT_FALSE(finding.message.contains(QLatin1Char('%')));
    EXPECT_TRUE(finding.explanation.contains(QStringLiteral("an assumption")));
    EXPECT_TRUE(finding.suggestion.contains(QStringLiteral("baseline")));
    EXPECT_EQ(finding.sources,
              (Citations{{FixtureCatalog::kAssumption, {}},
                         FixtureCatalog::quote(QStringLiteral("grower: audienceGrowth"))}));
    // Nothing asked of zero, nothing said.
    EXPECT_TRUE(findings(year("grower", 0, 0)).isEmpty());
}

TEST(FollowerGrowthRule, NothingIsJudgedWithoutAStartAHigherTargetOrAnAssumption)
{
    Scenario scenario = year("grower", 1000, 2000);
    scenario.followers.reset();
    EXPECT_TRUE(findings(scenario).isEmpty());
    EXPECT_TRUE(findings(year("grower", 1000, 1000)).isEmpty());
    EXPECT_TRUE(findings(year("grower", 1000, 500)).isEmpty());
    // The owner's figures replace the role's range; they do not stand in for a missing one.
    scenario = year("steady", 1000, 1000000);
    EXPECT_TRUE(findings(scenario).isEmpty());
    scenario.audienceGrowth = Scenario::GrowthOverride{1, 2};
    EXPECT_TRUE(findings(scenario).isEmpty());
}

} // namespace
} // namespace rolelens
