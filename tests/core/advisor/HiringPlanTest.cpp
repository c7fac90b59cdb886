#include "advisor/Planner.h"
#include "scenario/ScenarioFile.h"
#include "support/AdviceAcceptance.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// The hiring plan on the built-in catalog: whom to hire, whom to engage for a campaign and
// what to contract out, as the articles divide the work.
namespace rolelens {
namespace {

using testing::adviceFor;
using testing::builtInCatalog;
using Engagement = HiringPlan::Engagement;

const QString kManager = QStringLiteral("social-media-manager");
const QString kInfluencer = QStringLiteral("social-media-influencer");

Scenario example(const QString &name)
{
    return testing::exampleScenario(name);
}

QStringList rolesEngaged(const HiringPlan &plan, Engagement engagement)
{
    QStringList ids;
    for (const auto *assignment : plan.engaged(engagement)) {
        ids.append(assignment->roleId);
    }
    return ids;
}

// Each goal and task the owner listed is given to exactly one role, or said to be uncovered.
void expectEveryItemPlacedOnce(const Scenario &scenario, const HiringPlan &plan)
{
    QStringList goals = plan.uncoveredGoals;
    QStringList tasks = plan.uncoveredTasks;
    for (const auto &assignment : plan.assignments) {
        goals += assignment.goals;
        tasks += assignment.tasks;
        EXPECT_FALSE(assignment.reasons.isEmpty()) << qPrintable(assignment.roleId);
        EXPECT_FALSE(assignment.sources.isEmpty()) << qPrintable(assignment.roleId);
    }
    goals.sort();
    tasks.sort();
    QStringList asked = scenario.goals;
    QStringList work = scenario.tasks;
    asked.sort();
    work.sort();
    EXPECT_EQ(goals, asked);
    EXPECT_EQ(tasks, work);
}

// Issue 16's first case: the bakery is not told to hire an influencer. 000: influencers are
// "more effective as a short-term campaign strategy rather than a long-term solution"; 004:
// the website and in-depth support are usually other people's work.
TEST(HiringPlan, TheBakeryHiresAManagerAndAtMostAddsAnInfluencerCampaign)
{
    const Scenario scenario = example(QStringLiteral("01-corner-bakery"));
    const HiringPlan plan = adviceFor(scenario).plan;
    ASSERT_NE(plan.hire(), nullptr);
    EXPECT_EQ(plan.hire()->roleId, kManager);
    EXPECT_EQ(plan.hire()->tasks,
              (QStringList{QStringLiteral("content-creation"), QStringLiteral("scheduling"),
                           QStringLiteral("community-replies")}));
    EXPECT_EQ(rolesEngaged(plan, Engagement::Campaign), QStringList{kInfluencer});
    EXPECT_EQ(plan.engaged(Engagement::Campaign).first()->goals,
              QStringList{QStringLiteral("immediate-visibility")});
    EXPECT_EQ(rolesEngaged(plan, Engagement::ContractOut),
              (QStringList{QStringLiteral("website-manager"),
                           QStringLiteral("customer-service-specialist")}));
    expectEveryItemPlacedOnce(scenario, plan);
}

// The campaign says in the articles' words that the brand's accounts are the manager's work.
TEST(HiringPlan, AnInfluencerCampaignSaysWhoRunsTheBrandsAccounts)
{
    const HiringPlan plan = adviceFor(example(QStringLiteral("01-corner-bakery"))).plan;
    const auto campaigns = plan.engaged(Engagement::Campaign);
    ASSERT_EQ(campaigns.size(), 1);
    const QString reasons = campaigns.first()->reasons.join(QLatin1Char(' '));
    EXPECT_TRUE(reasons.contains(QStringLiteral("not as the hire"))) << qPrintable(reasons);
    EXPECT_TRUE(reasons.contains(QStringLiteral("brand's own accounts"))) << qPrintable(reasons);
    EXPECT_TRUE(reasons.contains(QStringLiteral("short-term campaign"))) << qPrintable(reasons);
}

// An influencer is never the hire, whatever the owner asks and whoever ranks first.
TEST(HiringPlan, AnInfluencerIsNeverTheHire)
{
    Scenario scenario;
    scenario.goals = {QStringLiteral("immediate-visibility")};
    scenario.tasks = {QStringLiteral("sponsored-posts")};
    const Advice advice = adviceFor(scenario);
    EXPECT_EQ(advice.recommendations.first().roleId, kInfluencer);
    EXPECT_EQ(advice.plan.hire(), nullptr) << "a launch alone needs no hire";
    EXPECT_EQ(rolesEngaged(advice.plan, Engagement::Campaign), QStringList{kInfluencer});
    expectEveryItemPlacedOnce(scenario, advice.plan);
    EXPECT_EQ(advice.judgedRoleId, kInfluencer) << "with no hire, the findings judge the best fit";

    for (const auto &path : ScenarioFile::examples()) {
        const Scenario each = ScenarioFile::load(path, builtInCatalog()).value();
        const HiringPlan plan = adviceFor(each).plan;
        if (plan.hire()) {
            EXPECT_FALSE(Planner::isCampaignRole(*builtInCatalog().role(plan.hire()->roleId)))
                << qPrintable(path);
        }
        expectEveryItemPlacedOnce(each, plan);
    }
}

// A task the hire does not do goes to the role the catalog gives it to, and work for one role
// is gathered under it: the website and its upkeep both go to the website manager.
TEST(HiringPlan, WorkTheHireDoesNotDoGoesToItsHandlerOnce)
{
    Scenario scenario;
    scenario.goals = {QStringLiteral("community-engagement"), QStringLiteral("brand-awareness"),
                      QStringLiteral("website")};
    scenario.tasks = {QStringLiteral("content-creation"), QStringLiteral("community-replies"),
                      QStringLiteral("website-maintenance"), QStringLiteral("press-releases")};
    const HiringPlan plan = adviceFor(scenario).plan;
    ASSERT_NE(plan.hire(), nullptr);
    EXPECT_EQ(plan.hire()->roleId, kManager);
    EXPECT_EQ(plan.hire()->goals, (QStringList{QStringLiteral("community-engagement"),
                                               QStringLiteral("brand-awareness")}));
    const auto contracted = plan.engaged(Engagement::ContractOut);
    ASSERT_EQ(contracted.size(), 2);
    EXPECT_EQ(contracted.at(0)->roleId, QStringLiteral("website-manager"));
    EXPECT_EQ(contracted.at(0)->goals, QStringList{QStringLiteral("website")});
    EXPECT_EQ(contracted.at(0)->tasks, QStringList{QStringLiteral("website-maintenance")});
    // The reason is the findings' own, in 004's hedged words.
    const QString websiteReasons = contracted.at(0)->reasons.join(QLatin1Char(' '));
    EXPECT_TRUE(websiteReasons.contains(QStringLiteral("not typically diving deep")))
        << qPrintable(websiteReasons);
    EXPECT_TRUE(websiteReasons.contains(QStringLiteral("is usually not the work of the social "
                                                       "media manager")))
        << qPrintable(websiteReasons);
    EXPECT_EQ(contracted.at(1)->roleId, QStringLiteral("public-relations-specialist"));
    EXPECT_EQ(contracted.at(1)->tasks, QStringList{QStringLiteral("press-releases")});
    expectEveryItemPlacedOnce(scenario, plan);
}

TEST(HiringPlan, NothingAskedIsNothingPlanned)
{
    const Advice advice = adviceFor(Scenario());
    EXPECT_TRUE(advice.plan.isEmpty());
    EXPECT_TRUE(advice.plan.uncoveredGoals.isEmpty());
    EXPECT_EQ(advice.plan.hire(), nullptr);
}

// Issue 16's third case: for "more people know the brand", general practice alone (the PR
// specialist, the marketing strategist) counts less than two articles (the manager).
TEST(HiringPlan, EvidenceFromTheArticlesOutranksGeneralPracticeAlone)
{
    Scenario scenario;
    scenario.goals = {QStringLiteral("brand-awareness")};
    const Advice advice = adviceFor(scenario);
    ASSERT_GE(advice.recommendations.size(), 3);
    EXPECT_EQ(advice.recommendations.first().roleId, kManager);
    EXPECT_EQ(advice.plan.hire()->roleId, kManager);
    for (const auto &item : advice.recommendations.mid(1)) {
        EXPECT_LT(item.fit, advice.recommendations.first().fit) << qPrintable(item.roleId);
        if (item.roleId == QStringLiteral("public-relations-specialist")) {
            EXPECT_TRUE(item.reasons.join(QLatin1Char(' '))
                            .contains(QStringLiteral("only general practice")));
        }
    }
}

} // namespace
} // namespace rolelens
