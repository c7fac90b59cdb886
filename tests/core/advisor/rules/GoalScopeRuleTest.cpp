#include "advisor/rules/GoalScopeRule.h"

#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::considering;
using testing::findingsOf;
using testing::FixtureCatalog;
using testing::FixtureRole;
using testing::quote;

// A planner who works long-term; a publicist the press goal belongs to by its purpose; four
// sellers judged by reach, three of them by sales too; a sprinter for goals wanted at once.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        FixtureCatalog fixture;
        for (const char *metric : {"plans", "reach", "sales", "unmeasured", "buzz"}) {
            fixture.metric(QLatin1String(metric), QLatin1String(metric));
        }
        fixture.role(QStringLiteral("planner"), QStringLiteral("Planner"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("long-term")})
            .primary(QStringLiteral("plans"), 4)
            .secondary(QStringLiteral("unmeasured"), 1);
        fixture.role(QStringLiteral("publicist"), QStringLiteral("Publicist"))
            .dimension(Dimension::Purpose, {QStringLiteral("reputation-management")});
        const char *sellers[][2] = {{"seller-a", "Seller A"},
                                    {"seller-b", "Seller B"},
                                    {"seller-c", "Seller C"},
                                    {"seller-d", "Seller D"}};
        for (const auto &[id, title] : sellers) {
            FixtureRole &seller = fixture.role(QLatin1String(id), QLatin1String(title));
            seller.primary(QStringLiteral("reach"), 3);
            if (QLatin1String(id) != QLatin1String("seller-d")) {
                seller.primary(QStringLiteral("sales"), 4);
            }
        }
        fixture.role(QStringLiteral("sprinter"), QStringLiteral("Sprinter"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("immediate")})
            .primary(QStringLiteral("buzz"), 5);

        fixture.goal(QStringLiteral("planning"), QStringLiteral("Plans")).metrics = {
            QStringLiteral("plans")};
        fixture.goal(QStringLiteral("press"), QStringLiteral("Press coverage")).tags = {
            {Dimension::Purpose, QStringLiteral("reputation-management")}};
        fixture.goal(QStringLiteral("more-sales"), QStringLiteral("More sales")).metrics = {
            QStringLiteral("sales")};
        fixture.goal(QStringLiteral("more-reach"), QStringLiteral("More reach")).metrics = {
            QStringLiteral("reach")};
        fixture.goal(QStringLiteral("unmeasured"), QStringLiteral("Goodwill")).metrics = {
            QStringLiteral("unmeasured")};
        Goal &now = fixture.goal(QStringLiteral("buzz-now"), QStringLiteral("Buzz right away"));
        now.metrics = {QStringLiteral("buzz")};
        now.horizon = QStringLiteral("immediate");
        return fixture.build();
    }();
    return catalog;
}

QList<Advice::Finding> findings(const char *roleId, const QStringList &goals)
{
    Scenario scenario = considering(QLatin1String(roleId));
    scenario.goals = goals;
    return findingsOf<GoalScopeRule>(fixture(), scenario);
}

TEST(GoalScopeRule, GoalsTheRoleServesRaiseNothing)
{
    // By a primary metric, and by the tags of its dimensions.
    EXPECT_TRUE(findings("planner", {QStringLiteral("planning")}).isEmpty());
    EXPECT_TRUE(findings("publicist", {QStringLiteral("press")}).isEmpty());
    // A metric the role is judged by only secondarily does not serve the goal.
    EXPECT_EQ(findings("planner", {QStringLiteral("unmeasured")}).size(), 1);
}

TEST(GoalScopeRule, NamesWhoTheGoalBelongsToCitingThemThenWhatTheRoleIsFor)
{
    const auto found = findings("planner", {QStringLiteral("planning"), QStringLiteral("press")});
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.id, QStringLiteral("goal-out-of-scope"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("press"));
    EXPECT_EQ(finding.message,
              QStringLiteral("\"Press coverage\" is not what the planner is for."));
    EXPECT_EQ(finding.explanation, QStringLiteral("planner: purpose"));
    EXPECT_EQ(finding.suggestion, QStringLiteral("This goal belongs to the publicist."));
    EXPECT_EQ(finding.sources, (Citations{quote("publicist: purpose"), quote("planner: purpose")}));
}

TEST(GoalScopeRule, NamesThreeRolesAndCountsTheRestButCitesThemAll)
{
    const auto found =
        findings("planner", {QStringLiteral("more-sales"), QStringLiteral("more-reach")});
    ASSERT_EQ(found.size(), 2);
    // "Seller A": an identifier, whose capital stays mid-sentence.
    EXPECT_EQ(found.at(0).suggestion,
              QStringLiteral("This goal belongs to the seller A or the seller B or the seller C."));
    EXPECT_EQ(found.at(0).sources,
              (Citations{quote("seller-a: sales"), quote("seller-b: sales"),
                         quote("seller-c: sales"), quote("planner: purpose")}));
    EXPECT_EQ(
        found.at(1).suggestion,
        QStringLiteral("This goal belongs to the seller A or the seller B or the seller C, or "
                       "to one other role in the catalog."));
    EXPECT_EQ(found.at(1).sources, (Citations{quote("seller-a: reach"), quote("seller-b: reach"),
                                              quote("seller-c: reach"), quote("seller-d: reach"),
                                              quote("planner: purpose")}));
}

// The planner is judged by it, only not mainly: a note that cites why the role is judged by
// it at all, and no role to hand it to.
TEST(GoalScopeRule, AGoalNoRoleServesAsksHowItWillBeMeasured)
{
    const auto found = findings("planner", {QStringLiteral("unmeasured")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().severity, Advice::Severity::Info);
    EXPECT_EQ(found.first().message,
              QStringLiteral("\"Goodwill\" is among what the planner is judged by, but not "
                             "mainly."));
    EXPECT_EQ(found.first().suggestion,
              QStringLiteral("No role in the catalog is mainly judged by it; agree how it will "
                             "be measured."));
    EXPECT_EQ(found.first().sources,
              (Citations{quote("planner: unmeasured"), quote("planner: purpose")}));
}

TEST(GoalScopeRule, LeavesAGoalAtOddsWithTheRolesHorizonToTheHorizonRules)
{
    // The planner builds over the long term: buzz right away is a timing finding.
    EXPECT_TRUE(findings("planner", {QStringLiteral("buzz-now")}).isEmpty());
    // A seller works short-term, not against the goal's timing: the goal is simply not its own.
    const auto found = findings("seller-a", {QStringLiteral("buzz-now")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().suggestion, QStringLiteral("This goal belongs to the sprinter."));
}

} // namespace
} // namespace rolelens
