#include "advisor/Advisor.h"
#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"

#include <QSet>

#include <gtest/gtest.h>

// Every finding the advisor raises tells the owner what is wrong, why, and what to do: on a
// fixture catalog made of the cases where a rule has least to go on (no role serving a goal,
// no exclusion to point at, no primary measure to name, no one to hand the work to).
namespace rolelens {
namespace {

using testing::FixtureCatalog;

const QString kFollowers = QStringLiteral("follower-count");

const Catalog &fixture()
{
    static const Catalog catalog = [] {
        FixtureCatalog fixture;
        fixture.metric(kFollowers, QStringLiteral("Follower count"));
        fixture.metric(QStringLiteral("reach"), QStringLiteral("Reach"));
        fixture.metric(QStringLiteral("sales"), QStringLiteral("Sales"));
        fixture.metric(QStringLiteral("nobodys"), QStringLiteral("Nobody's measure"));
        // Acts at once, judged by nothing first, hands nothing on.
        fixture.role(QStringLiteral("quick"), QStringLiteral("Quick hand"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("immediate")})
            .responsibility(QStringLiteral("rush"));
        // Builds over months, grows an audience, hands the rush to the quick hand.
        fixture.role(QStringLiteral("slow"), QStringLiteral("Slow builder"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("long-term")})
            .primary(QStringLiteral("reach"), 3)
            .audienceGrowth(1, 4)
            .responsibility(QStringLiteral("build"))
            .exclusion(QStringLiteral("Rushing: the quick hand's"), QStringLiteral("quick"),
                       {QStringLiteral("rushing")});
        fixture.role(QStringLiteral("seller"), QStringLiteral("Online seller"))
            .primary(QStringLiteral("sales"), 3)
            .responsibility(QStringLiteral("sell"))
            .responsibility(QStringLiteral("rush"));
        fixture.task(QStringLiteral("rushing"), QStringLiteral("Rushing"), {QStringLiteral("rush")},
                     QStringLiteral("quick"));
        fixture.task(QStringLiteral("building"), QStringLiteral("Building"),
                     {QStringLiteral("build")}, QStringLiteral("slow"));
        fixture
            .task(QStringLiteral("selling"), QStringLiteral("Selling with ads"),
                  {QStringLiteral("sell")}, QStringLiteral("seller"))
            .needsAdBudget = true;
        fixture
            .task(QStringLiteral("either"), QStringLiteral("Rushing or selling"),
                  {QStringLiteral("rush"), QStringLiteral("sell")}, QStringLiteral("seller"))
            .disagreement = QStringLiteral("who-rushes");
        fixture.disagreement(QStringLiteral("who-rushes"),
                             {QStringLiteral("quick"), QStringLiteral("seller")},
                             {QStringLiteral("The quick hand."), QStringLiteral("The seller.")});
        Goal &now = fixture.goal(QStringLiteral("now"), QStringLiteral("Something right away"));
        now.metrics = {QStringLiteral("nobodys")};
        now.horizon = QStringLiteral("immediate");
        Goal &later = fixture.goal(QStringLiteral("later"), QStringLiteral("Something lasting"));
        later.metrics = {QStringLiteral("nobodys")};
        later.horizon = QStringLiteral("long-term");
        Goal &sales = fixture.goal(QStringLiteral("sales"), QStringLiteral("Sales"));
        sales.metrics = {QStringLiteral("sales")};
        sales.needsAdBudget = true;
        fixture.goal(QStringLiteral("unserved"), QStringLiteral("Goodwill")).metrics = {
            QStringLiteral("nobodys")};
        return fixture.build();
    }();
    return catalog;
}

// What an owner could ask of the role: everything at once, from an account with no
// followers and from one with some, one person for two roles and for three.
QList<Scenario> everythingAskedOf(const QString &roleId)
{
    Scenario base;
    base.considering = roleId;
    for (const auto &goal : fixture().goals()) {
        base.goals.append(goal.id);
    }
    for (const auto &task : fixture().tasks()) {
        base.tasks.append(task.id);
    }
    base.judgeBy = {kFollowers};
    QList<Scenario> scenarios;
    for (const int current : {0, 100}) {
        Scenario scenario = base;
        scenario.followers = Scenario::Followers{current, 100000, 4};
        scenarios.append(scenario);
    }
    Scenario pair = base;
    pair.oneHireCovers = {QStringLiteral("quick"), QStringLiteral("slow")};
    scenarios.append(pair);
    Scenario three = base;
    three.size = Scenario::BusinessSize::Small;
    three.oneHireCovers = {QStringLiteral("quick"), QStringLiteral("slow"),
                           QStringLiteral("seller")};
    scenarios.append(three);
    return scenarios;
}

TEST(EveryFinding, HasAMessageAnExplanationAndASuggestion)
{
    const Advisor advisor(fixture());
    QSet<QString> raised;
    for (const auto &role : fixture().roles()) {
        for (const Scenario &scenario : everythingAskedOf(role.id)) {
            for (const auto &finding : advisor.advise(scenario).findings) {
                raised.insert(finding.id);
                const std::string where = role.id.toStdString() + " / " + finding.id.toStdString();
                EXPECT_FALSE(finding.message.trimmed().isEmpty()) << where;
                EXPECT_FALSE(finding.explanation.trimmed().isEmpty()) << where;
                EXPECT_FALSE(finding.suggestion.trimmed().isEmpty()) << where;
                EXPECT_FALSE(finding.sources.isEmpty()) << where;
                // No placeholder left unfilled.
                for (const QString &text :
                     {finding.message, finding.explanation, finding.suggestion}) {
                    EXPECT_FALSE(text.contains(QStringLiteral("%1"))) << where;
                    EXPECT_FALSE(text.contains(QStringLiteral("  "))) << where;
                }
            }
        }
    }
    // Every rule had its say, so the checks above covered them all.
    for (const char *id :
         {"follower-growth-unrealistic", "judged-by-follower-count",
          "immediate-visibility-needs-influencer", "influencer-for-long-term-presence",
          "goal-out-of-scope", "task-out-of-scope", "two-roles-one-hire", "ads-without-budget"}) {
        EXPECT_TRUE(raised.contains(QLatin1String(id))) << id;
    }
}

} // namespace
} // namespace rolelens
