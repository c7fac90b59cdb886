#include "advisor/rules/AdBudgetRule.h"

#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::findingsOf;
using testing::FixtureCatalog;
using testing::quote;

// Two kinds of ad work done by two roles, work that needs no ads, and a goal with ads and one
// without.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        FixtureCatalog fixture;
        fixture.metric(QStringLiteral("sales"), QStringLiteral("Sales"));
        fixture.role(QStringLiteral("buyer"), QStringLiteral("Ad buyer"))
            .responsibility(QStringLiteral("buy-ads"))
            .responsibility(QStringLiteral("plan-media"));
        fixture.role(QStringLiteral("writer"), QStringLiteral("Writer"))
            .responsibility(QStringLiteral("write-copy"));
        fixture.role(QStringLiteral("booster"), QStringLiteral("Booster"))
            .responsibility(QStringLiteral("boost-posts"))
            .primary(QStringLiteral("sales"), 3);
        fixture
            .task(QStringLiteral("ads"), QStringLiteral("Running ads"), {QStringLiteral("buy-ads")},
                  QStringLiteral("buyer"))
            .needsAdBudget = true;
        fixture.task(QStringLiteral("copy"), QStringLiteral("Writing copy"),
                     {QStringLiteral("write-copy")}, QStringLiteral("writer"));
        fixture
            .task(QStringLiteral("boosts"), QStringLiteral("Boosting posts"),
                  {QStringLiteral("boost-posts")}, QStringLiteral("booster"))
            .needsAdBudget = true;
        Goal &sales = fixture.goal(QStringLiteral("more-sales"), QStringLiteral("More sales"));
        sales.metrics = {QStringLiteral("sales")};
        sales.needsAdBudget = true;
        fixture.goal(QStringLiteral("happy-fans"), QStringLiteral("Happy fans")).metrics = {
            QStringLiteral("sales")};
        return fixture.build();
    }();
    return catalog;
}

Scenario asking(const QStringList &goals, const QStringList &tasks)
{
    Scenario scenario;
    scenario.goals = goals;
    scenario.tasks = tasks;
    return scenario;
}

TEST(AdBudgetRule, WorkThatNeedsNoAdsRaisesNothing)
{
    const Scenario scenario = asking({QStringLiteral("happy-fans")}, {QStringLiteral("copy")});
    EXPECT_TRUE(findingsOf<AdBudgetRule>(fixture(), scenario).isEmpty());
}

TEST(AdBudgetRule, AnAdTaskWithoutAdSpendIsAWarningCitingWhoDoesTheTask)
{
    const Scenario scenario = asking({}, {QStringLiteral("copy"), QStringLiteral("ads")});
    const auto findings = findingsOf<AdBudgetRule>(fixture(), scenario);
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("ads-without-budget"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("budget"));
    EXPECT_EQ(finding.message,
              QStringLiteral("Running ads needs paid advertising, and no ad budget is set."));
    EXPECT_EQ(finding.explanation,
              QStringLiteral("Paid campaigns spend money on the platforms on top of the salary; "
                             "without it, results come from organic work only, and more slowly "
                             "(general practice, not from the articles)."));
    EXPECT_EQ(finding.suggestion, QStringLiteral("Set a monthly ad spend, or drop paid campaigns "
                                                 "from the goals and tasks."));
    // The buyer's responsibility for the task, not everything the buyer does, then the label
    // of what the articles do not say.
    const Citation practice{FixtureCatalog::kPractice, {}};
    EXPECT_EQ(finding.sources, (Citations{quote("buyer: buy-ads"), practice}));
}

TEST(AdBudgetRule, OnlyAnAdSpendAboveZeroIsABudget)
{
    Scenario scenario = asking({}, {QStringLiteral("ads")});
    scenario.budget = Scenario::Budget{QStringLiteral("EUR"), 3000.0, std::nullopt};
    EXPECT_EQ(findingsOf<AdBudgetRule>(fixture(), scenario).size(), 1);
    scenario.budget->monthlyAdSpend = 0.0;
    EXPECT_EQ(findingsOf<AdBudgetRule>(fixture(), scenario).size(), 1);
    scenario.budget->monthlyAdSpend = 1.0;
    EXPECT_TRUE(findingsOf<AdBudgetRule>(fixture(), scenario).isEmpty());
    scenario.goals = {QStringLiteral("more-sales")};
    EXPECT_TRUE(findingsOf<AdBudgetRule>(fixture(), scenario).isEmpty());
}

TEST(AdBudgetRule, OneFindingNamesEveryNeedGoalsFirstAndCitesEachTasksDoer)
{
    const Scenario scenario =
        asking({QStringLiteral("happy-fans"), QStringLiteral("more-sales")},
               {QStringLiteral("boosts"), QStringLiteral("copy"), QStringLiteral("ads")});
    const auto findings = findingsOf<AdBudgetRule>(fixture(), scenario);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().message,
              QStringLiteral("More sales; boosting posts; running ads needs paid advertising, "
                             "and no ad budget is set."));
    // In the order the scenario asks for the tasks.
    EXPECT_EQ(findings.first().sources, (Citations{quote("booster: boost-posts"),
                                                   quote("buyer: buy-ads"),
                                                   {FixtureCatalog::kPractice, {}}}));
}

TEST(AdBudgetRule, AGoalAloneCitesWhoDoesEachAdTaskOfTheCatalog)
{
    const auto findings =
        findingsOf<AdBudgetRule>(fixture(), asking({QStringLiteral("more-sales")}, {}));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().message,
              QStringLiteral("More sales needs paid advertising, and no ad budget is set."));
    // In the catalog's order of tasks.
    EXPECT_EQ(findings.first().sources, (Citations{quote("buyer: buy-ads"),
                                                   quote("booster: boost-posts"),
                                                   {FixtureCatalog::kPractice, {}}}));
}

} // namespace
} // namespace rolelens
