#include "advisor/Advisor.h"
#include "support/GeneratedCatalog.h"
#include "support/QtPrinters.h"
#include "support/SameAdvice.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stop_token>
#include <thread>

// The advisor at the size of a generated catalog of a thousand roles: what it remembers and
// prepares, and the findings and lists that must stay readable when thousands of roles fit.
namespace rolelens {
namespace {

using testing::expectSameAdvice;
using testing::generatedCatalog;
using testing::scenarioVariants;

// Prepared on a worker thread, the advisor knows every lookup before the first advice, and that
// advice is the same as an unprepared advisor's; a copy shares what was prepared.
TEST(GeneratedCatalog, APreparedAdvisorKnowsEveryLookupAndAdvisesTheSame)
{
    const Catalog &catalog = generatedCatalog();
    const Advisor prepared(catalog);
    EXPECT_EQ(prepared.rememberedLookups(), 0);
    // Advice asked for while the worker prepares is the same as an unprepared advisor's.
    const QList<Scenario> scenarios = scenarioVariants(catalog);
    std::thread worker([&prepared] { prepared.prepare(); });
    for (const auto &scenario : scenarios) {
        expectSameAdvice(prepared.advise(scenario), Advisor(catalog).advise(scenario));
    }
    worker.join();
    // Roles serving each goal, their names, roles doing each task, primary uses of each
    // metric, and every role's primary weight.
    const qsizetype everyLookup =
        2 * catalog.goals().size() + catalog.tasks().size() + catalog.metrics().size() + 1;
    EXPECT_EQ(prepared.rememberedLookups(), everyLookup);
    const Advisor sharing = prepared; // as the window hands it to its Advisor view
    EXPECT_EQ(sharing.rememberedLookups(), everyLookup);
    for (const auto &scenario : scenarioVariants(catalog)) {
        SCOPED_TRACE(qPrintable(scenario.businessName));
        expectSameAdvice(sharing.advise(scenario), Advisor(catalog).advise(scenario));
    }
    EXPECT_EQ(prepared.rememberedLookups(), everyLookup);

    // Stopped (the window closing), it returns at once.
    std::stop_source stop;
    stop.request_stop();
    const Advisor stopped(catalog);
    stopped.prepare(stop.get_token());
    EXPECT_EQ(stopped.rememberedLookups(), 0);
}

// What the advisor remembers between calls changes nothing: an advisor that has answered
// every scenario before gives the same advice as a new one, in any order.
TEST(GeneratedCatalog, AdviceDoesNotDependOnEarlierCalls)
{
    const Catalog &catalog = generatedCatalog();
    QList<Scenario> scenarios = scenarioVariants(catalog);
    const Advisor used(catalog);
    std::reverse(scenarios.begin(), scenarios.end());
    for (const auto &scenario : scenarios) {
        used.advise(scenario);
    }
    std::reverse(scenarios.begin(), scenarios.end());
    for (const auto &scenario : scenarios) {
        expectSameAdvice(used.advise(scenario), Advisor(catalog).advise(scenario));
    }
}

// Goals out of scope name every role that serves the goal and cite each one's support for it.
TEST(GeneratedCatalog, OutOfScopeGoalsNameTheFirstRolesThatServeThemAndCountTheRest)
{
    const Catalog &catalog = generatedCatalog();
    const Advisor advisor(catalog);
    int checked = 0;
    int counted = 0;
    for (const auto &scenario : scenarioVariants(catalog)) {
        const Advice advice = advisor.advise(scenario);
        for (const auto &finding : advice.findings) {
            if (finding.id != QStringLiteral("goal-out-of-scope")) {
                continue;
            }
            const Goal &goal = *catalog.goal(finding.subject);
            QStringList others;
            Citations sources;
            const auto cite = [&](const Citations &more) {
                for (const auto &citation : more) {
                    if (!sources.contains(citation)) {
                        sources.append(citation);
                    }
                }
            };
            for (const auto &role : catalog.roles()) {
                if (!advisor.serves(role, goal)) {
                    continue;
                }
                others.append(role.title.toLower());
                for (const auto &tag : goal.tags) {
                    cite(role.dimension(tag.dimension).sources);
                }
                for (const auto &metric : goal.metrics) {
                    const MetricUse *use = role.metricUse(metric);
                    if (use && use->emphasis == MetricUse::Emphasis::Primary) {
                        cite(use->basis);
                    }
                }
            }
            ASSERT_FALSE(others.isEmpty()) << qPrintable(goal.id);
            // Thousands of roles may serve a goal: the sentence names the first few in
            // catalog order and counts the rest; the sources still cite them all.
            const qsizetype named = std::min(others.size(), Advisor::kMaxNamedRoles);
            counted += named < others.size() ? 1 : 0;
            // "the" before every title: the generated titles start with any letter.
            const QString list = others.first(named).join(Advisor::tr(" or the "));
            EXPECT_EQ(finding.suggestion,
                      named == others.size()
                          ? Advisor::tr("This goal belongs to the %1.").arg(list)
                          : Advisor::tr("This goal belongs to the %1, or to one of %2 other roles "
                                        "in the catalog.")
                                .arg(list)
                                .arg(others.size() - named))
                << qPrintable(goal.id);
            cite(catalog.role(advice.judgedRoleId)->dimension(Dimension::Purpose).sources);
            EXPECT_TRUE(finding.sources == sources) << qPrintable(goal.id);
            ++checked;
        }
    }
    EXPECT_GT(checked, 0);
    EXPECT_GT(counted, 0) << "no goal had more roles than the sentence names";
}

TEST(GeneratedCatalog, PeopleReadTheBestRecommendationsAndTheJudgedRole)
{
    const Catalog &catalog = generatedCatalog();
    const Advisor advisor(catalog);
    int longLists = 0;
    for (const auto &scenario : scenarioVariants(catalog)) {
        const Advice advice = advisor.advise(scenario);
        const QList<Advice::Recommendation> listed = advice.listedRecommendations();
        if (advice.recommendations.size() <= Advice::kListedRecommendations) {
            EXPECT_EQ(listed.size(), advice.recommendations.size());
            continue;
        }
        ++longLists;
        // The best ones in order, then the judged role wherever it ranks.
        for (qsizetype i = 0; i < Advice::kListedRecommendations; ++i) {
            EXPECT_EQ(listed.at(i).roleId, advice.recommendations.at(i).roleId);
        }
        qsizetype judgedRank = -1;
        for (qsizetype i = 0; i < advice.recommendations.size(); ++i) {
            if (advice.recommendations.at(i).roleId == advice.judgedRoleId) {
                judgedRank = i;
            }
        }
        if (judgedRank >= Advice::kListedRecommendations) {
            ASSERT_EQ(listed.size(), Advice::kListedRecommendations + 1);
            EXPECT_EQ(listed.last().roleId, advice.judgedRoleId);
        } else {
            EXPECT_EQ(listed.size(), Advice::kListedRecommendations);
        }
    }
    EXPECT_GT(longLists, 0) << "no scenario ranked more roles than people are shown";
}

} // namespace
} // namespace rolelens
