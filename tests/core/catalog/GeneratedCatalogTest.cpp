#include "advisor/Advisor.h"
#include "catalog/CatalogLoader.h"
#include "catalog/SearchIndex.h"
#include "compare/Comparison.h"
#include "report/Figures.h"
#include "scenario/ScenarioFile.h"
#include "support/CatalogGenerator.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <stop_token>
#include <thread>

namespace rolelens {
namespace {

// A generated catalog as the benchmarks use it (at 1,000 roles, to stay quick): it loads
// after the built-in files, and the comparison, the search and the advisor work on it.
const Catalog &generated()
{
    static const Catalog catalog = [] {
        auto result = bench::loadWithBuiltIn(bench::generateCatalogFiles(1000, 7));
        if (!result.ok()) {
            ADD_FAILURE() << qPrintable(result.errors().first().toString());
            return Catalog();
        }
        return std::move(result).value();
    }();
    return catalog;
}

TEST(GeneratedCatalog, LoadsAfterTheBuiltInCatalog)
{
    EXPECT_EQ(generated().roles().size(), 1009);
    const Role &last = generated().roles().last();
    EXPECT_GE(last.responsibilities.size(), 17);
    EXPECT_GE(last.skills.size(), 12);
    EXPECT_GE(last.metrics.size(), 7);
}

TEST(GeneratedCatalog, IsTheSameForTheSameSeed)
{
    EXPECT_EQ(bench::generateCatalogFiles(50, 3), bench::generateCatalogFiles(50, 3));
    EXPECT_NE(bench::generateCatalogFiles(50, 3), bench::generateCatalogFiles(50, 4));
}

// Giving up a load (the window closing while it reads): files added after the stop are not
// parsed, large or small, and nothing else goes wrong.
TEST(GeneratedCatalog, AStoppedLoaderParsesNoMoreFiles)
{
    const std::vector<QByteArray> files = bench::generateCatalogFiles(200, 5);
    std::stop_source stop;
    CatalogLoader loader;
    loader.setStopToken(stop.get_token());
    loader.addBuiltIn();
    const QByteArray small = bench::generateCatalog(3, 5, 900);
    ASSERT_LT(small.size(), CatalogLoader::kThreadedParseBytes);
    loader.addBytes(small, QStringLiteral("small.json"));
    stop.request_stop();
    ASSERT_GE(files.front().size(), CatalogLoader::kThreadedParseBytes); // parsed on a thread
    loader.addBytes(files.front(), bench::generatedFileName(0));
    loader.addBytes(small, QStringLiteral("small-again.json"));
    const Result<Catalog> result = loader.finish();
    ASSERT_TRUE(result.ok()) << qPrintable(result.errors().first().toString());
    // The built-in roles and the three read before the stop.
    EXPECT_EQ(result.value().roles().size(), bench::loadWithBuiltIn({}).value().roles().size() + 3);
}

TEST(GeneratedCatalog, ComparisonSearchAndAdvisorWorkOnIt)
{
    const Catalog &catalog = generated();
    const QStringList ids{catalog.roles().at(100).id, catalog.roles().at(500).id,
                          catalog.roles().at(900).id, QStringLiteral("social-media-manager")};
    const Result<Comparison> comparison = Comparison::of(catalog, ids);
    ASSERT_TRUE(comparison.ok());
    EXPECT_EQ(comparison->rows.size(), dimensions::all().size());

    SearchIndex index;
    for (const auto &role : catalog.roles()) {
        index.add(role.title);
    }
    index.finish();
    const std::vector<bool> found = index.match(catalog.roles().at(500).title);
    EXPECT_TRUE(found.at(500));

    for (const auto &path : ScenarioFile::examples()) {
        const Result<Scenario> scenario = ScenarioFile::load(path, catalog);
        ASSERT_TRUE(scenario.ok()) << qPrintable(path);
        const Advice advice = Advisor(catalog).advise(scenario.value());
        EXPECT_FALSE(advice.judgedRoleId.isEmpty());
        for (const auto &recommendation : advice.recommendations) {
            EXPECT_GT(recommendation.fit, 0.0);
            EXPECT_LE(recommendation.fit, 1.0);
        }
    }
}

// The example scenarios, and each with no role considered (the best fit is judged), with its
// goals only, with its tasks only, and asking for every goal and task in the catalog.
QList<Scenario> scenarioVariants(const Catalog &catalog)
{
    QList<Scenario> scenarios;
    for (const auto &path : ScenarioFile::examples()) {
        const Result<Scenario> loaded = ScenarioFile::load(path, catalog);
        if (!loaded.ok()) {
            ADD_FAILURE() << qPrintable(path);
            continue;
        }
        const Scenario &scenario = loaded.value();
        scenarios.append(scenario);
        Scenario bestFit = scenario;
        bestFit.considering.clear();
        scenarios.append(bestFit);
        Scenario goalsOnly = scenario;
        goalsOnly.tasks.clear();
        scenarios.append(goalsOnly);
        Scenario tasksOnly = scenario;
        tasksOnly.goals.clear();
        scenarios.append(tasksOnly);
    }
    Scenario everything;
    for (const auto &goal : catalog.goals()) {
        everything.goals.append(goal.id);
    }
    for (const auto &task : catalog.tasks()) {
        everything.tasks.append(task.id);
    }
    scenarios.append(everything);
    return scenarios;
}

// The generated catalog with a goal and a task that overlap others: a metric two goals name
// counts once towards a role's focus, and a task generated roles can do as well.
const Catalog &withOverlaps()
{
    static const Catalog catalog = [] {
        Catalog copy = generated();
        Goal goal;
        goal.id = QStringLiteral("reach-or-awareness");
        goal.label = QStringLiteral("Reach or brand awareness");
        goal.metrics = {QStringLiteral("reach"), QStringLiteral("brand-awareness")};
        copy.addOrReplaceGoal(goal);
        Task task = copy.tasks().first();
        task.id = QStringLiteral("shared-work");
        task.label = QStringLiteral("Work generated roles share");
        task.responsibilities.append(copy.roles().at(500).responsibilities.first().id);
        copy.addOrReplaceTask(task);
        return copy;
    }();
    return catalog;
}

// The recommendations worked out the plain way, role by role, as the advisor did before it
// remembered which roles serve what (issue 8): the fast path must give exactly these.
QList<Advice::Recommendation> plainRecommendations(const Catalog &catalog, const Scenario &scenario)
{
    const Advisor rules(catalog); // serves() and does() judge one role at a time
    const qsizetype asked = scenario.goals.size() + scenario.tasks.size();
    QList<Advice::Recommendation> ranked;
    if (asked == 0) {
        return ranked;
    }
    QStringList wanted;
    bool goalsHaveMetrics = false;
    for (const auto &id : scenario.goals) {
        wanted += catalog.goal(id)->metrics;
        goalsHaveMetrics = goalsHaveMetrics || !catalog.goal(id)->metrics.isEmpty();
    }
    const auto labels = [&](const QStringList &ids, bool goals) {
        QStringList names;
        for (const auto &id : ids) {
            names.append(goals ? catalog.goal(id)->label : catalog.task(id)->label);
        }
        return names.join(QStringLiteral("; "));
    };
    for (const auto &role : catalog.roles()) {
        Advice::Recommendation item;
        item.roleId = role.id;
        for (const auto &id : scenario.goals) {
            (rules.serves(role, *catalog.goal(id)) ? item.coveredGoals : item.missedGoals)
                .append(id);
        }
        for (const auto &id : scenario.tasks) {
            (rules.does(role, *catalog.task(id)) ? item.coveredTasks : item.missedTasks).append(id);
        }
        const qsizetype covered = item.coveredGoals.size() + item.coveredTasks.size();
        if (covered == 0) {
            continue;
        }
        int total = 0;
        int matched = 0;
        for (const auto &use : role.metrics) {
            if (use.emphasis == MetricUse::Emphasis::Primary) {
                total += use.weight;
                matched += wanted.contains(use.metricId) ? use.weight : 0;
            }
        }
        const double focus = total == 0 ? 0.0 : static_cast<double>(matched) / total;
        item.fit = 0.8 * static_cast<double>(covered) / static_cast<double>(asked) + 0.2 * focus;
        if (!item.coveredGoals.isEmpty()) {
            item.reasons.append(Advisor::tr("Serves %n of your %1 goals: %2.", nullptr,
                                            static_cast<int>(item.coveredGoals.size()))
                                    .arg(scenario.goals.size())
                                    .arg(labels(item.coveredGoals, true)));
        }
        if (!item.missedGoals.isEmpty()) {
            item.reasons.append(
                Advisor::tr("Does not serve: %1.").arg(labels(item.missedGoals, true)));
        }
        if (!item.coveredTasks.isEmpty()) {
            item.reasons.append(Advisor::tr("Does %n of your %1 tasks: %2.", nullptr,
                                            static_cast<int>(item.coveredTasks.size()))
                                    .arg(scenario.tasks.size())
                                    .arg(labels(item.coveredTasks, false)));
        }
        if (!item.missedTasks.isEmpty()) {
            item.reasons.append(
                Advisor::tr("Does not do: %1.").arg(labels(item.missedTasks, false)));
        }
        if (goalsHaveMetrics) {
            item.reasons.append(
                Advisor::tr("%1 of what this role is mainly judged by is what your goals ask "
                            "for.")
                    .arg(Figures::fit(focus)));
        }
        ranked.append(item);
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Advice::Recommendation &a, const Advice::Recommendation &b) {
                         return a.fit > b.fit;
                     });
    return ranked;
}

void expectSameRecommendations(const QList<Advice::Recommendation> &actual,
                               const QList<Advice::Recommendation> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const auto &a = actual.at(i);
        const auto &e = expected.at(i);
        ASSERT_EQ(a.roleId, e.roleId) << "at rank " << i;
        EXPECT_DOUBLE_EQ(a.fit, e.fit) << qPrintable(a.roleId);
        EXPECT_EQ(a.coveredGoals, e.coveredGoals) << qPrintable(a.roleId);
        EXPECT_EQ(a.missedGoals, e.missedGoals) << qPrintable(a.roleId);
        EXPECT_EQ(a.coveredTasks, e.coveredTasks) << qPrintable(a.roleId);
        EXPECT_EQ(a.missedTasks, e.missedTasks) << qPrintable(a.roleId);
        EXPECT_EQ(a.reasons, e.reasons) << qPrintable(a.roleId);
    }
}

void expectSameAdvice(const Advice &actual, const Advice &expected)
{
    EXPECT_EQ(actual.judgedRoleId, expected.judgedRoleId);
    expectSameRecommendations(actual.recommendations, expected.recommendations);
    ASSERT_EQ(actual.findings.size(), expected.findings.size());
    for (qsizetype i = 0; i < actual.findings.size(); ++i) {
        const auto &a = actual.findings.at(i);
        const auto &e = expected.findings.at(i);
        EXPECT_EQ(a.id, e.id);
        EXPECT_EQ(a.severity, e.severity) << qPrintable(a.id);
        EXPECT_EQ(a.subject, e.subject) << qPrintable(a.id);
        EXPECT_EQ(a.message, e.message) << qPrintable(a.id);
        EXPECT_EQ(a.explanation, e.explanation) << qPrintable(a.id);
        EXPECT_EQ(a.suggestion, e.suggestion) << qPrintable(a.id);
        EXPECT_TRUE(a.sources == e.sources) << qPrintable(a.id);
    }
    ASSERT_EQ(actual.realisticTargets.size(), expected.realisticTargets.size());
    for (qsizetype i = 0; i < actual.realisticTargets.size(); ++i) {
        const auto &a = actual.realisticTargets.at(i);
        const auto &e = expected.realisticTargets.at(i);
        EXPECT_EQ(a.metricId, e.metricId);
        EXPECT_EQ(a.weight, e.weight) << qPrintable(a.metricId);
        EXPECT_EQ(a.ranges.size(), e.ranges.size()) << qPrintable(a.metricId);
        EXPECT_EQ(a.ownerTarget, e.ownerTarget) << qPrintable(a.metricId);
        EXPECT_TRUE(a.sources == e.sources) << qPrintable(a.metricId);
    }
}

TEST(GeneratedCatalog, RecommendationsMatchThePlainRoleByRoleRanking)
{
    const Catalog &catalog = withOverlaps();
    const Advisor advisor(catalog);
    for (const auto &scenario : scenarioVariants(catalog)) {
        SCOPED_TRACE(qPrintable(scenario.businessName + QLatin1Char(' ') +
                                scenario.goals.join(QLatin1Char(',')) + QLatin1Char(' ') +
                                scenario.tasks.join(QLatin1Char(','))));
        const Advice advice = advisor.advise(scenario);
        expectSameRecommendations(advice.recommendations, plainRecommendations(catalog, scenario));
    }
}

// Prepared on a worker thread, the advisor knows every lookup before the first advice, and that
// advice is the same as an unprepared advisor's; a copy shares what was prepared.
TEST(GeneratedCatalog, APreparedAdvisorKnowsEveryLookupAndAdvisesTheSame)
{
    const Catalog &catalog = generated();
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

// Goals out of scope name every role that serves the goal and cite each one's support for it.
TEST(GeneratedCatalog, OutOfScopeGoalsNameTheFirstRolesThatServeThemAndCountTheRest)
{
    const Catalog &catalog = generated();
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
            const QString list = others.first(named).join(Advisor::tr(" or a "));
            EXPECT_EQ(finding.suggestion,
                      named == others.size()
                          ? Advisor::tr("This goal belongs to a %1.").arg(list)
                          : Advisor::tr("This goal belongs to a %1, or to one of %2 other roles "
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

// What the advisor remembers between calls changes nothing: an advisor that has answered
// every scenario before gives the same advice as a new one, in any order.
TEST(GeneratedCatalog, RoleIndexFindsWhatEachRolesWholeTextHolds)
{
    // SearchIndex::ofRoles cuts each shared text once; it must find exactly what an index of
    // each role's whole text, cut afresh, finds.
    const Catalog &catalog = generated();
    SearchIndex plain;
    QStringList queries{QStringLiteral("coord"), QStringLiteral("social media"),
                        QStringLiteral("engagement rate"), QStringLiteral("zzz")};
    for (const auto &role : catalog.roles()) {
        QStringList parts{role.title, role.aliases.join(QLatin1Char(' ')), role.summary};
        for (const auto &item : role.responsibilities) {
            parts << item.name << item.description;
        }
        for (const auto &item : role.skills) {
            parts << item.name << item.description;
        }
        for (const auto &use : role.metrics) {
            parts << catalog.metricName(use.metricId);
        }
        plain.add(parts.join(QLatin1Char('\n')));
        if (queries.size() < 60) {
            // A word of a responsibility and of a skill, and a prefix of each.
            const QStringList words =
                SearchIndex::words(role.responsibilities.value(3).description + QLatin1Char(' ') +
                                   role.skills.value(2).name);
            if (words.size() > 2) {
                queries << words.at(1) << words.last().left(3)
                        << words.at(2) + QLatin1Char(' ') + words.first();
            }
        }
    }
    plain.finish();
    const SearchIndex shared = SearchIndex::ofRoles(catalog);
    ASSERT_EQ(shared.size(), plain.size());
    for (const QString &query : std::as_const(queries)) {
        EXPECT_EQ(shared.match(query), plain.match(query)) << qPrintable(query);
    }
}

TEST(GeneratedCatalog, PeopleReadTheBestRecommendationsAndTheJudgedRole)
{
    const Catalog &catalog = generated();
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

TEST(GeneratedCatalog, AdviceDoesNotDependOnEarlierCalls)
{
    const Catalog &catalog = generated();
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

} // namespace
} // namespace rolelens
