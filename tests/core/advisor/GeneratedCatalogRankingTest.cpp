#include "advisor/Advisor.h"
#include "report/Figures.h"
#include "support/GeneratedCatalog.h"
#include "support/QtPrinters.h"
#include "support/SameAdvice.h"

#include <gtest/gtest.h>

#include <algorithm>

// The advisor's ranking on a generated catalog of a thousand roles, against the plain
// role-by-role ranking it replaced.
namespace rolelens {
namespace {

using testing::expectSameRecommendations;
using testing::generatedCatalog;
using testing::scenarioVariants;

// The generated catalog with a goal and a task that overlap others: a metric two goals name
// counts once towards a role's focus, and a task generated roles can do as well.
const Catalog &withOverlaps()
{
    static const Catalog catalog = [] {
        Catalog copy = generatedCatalog();
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
        if (item.coveredGoals.isEmpty() && item.coveredTasks.isEmpty()) {
            continue;
        }
        // What only general practice backs counts half (Ranking::kGeneralPracticeOnlyWeight).
        double covered = 0;
        QStringList generalPracticeOnly;
        const auto weigh = [&](const Citations &sources, const QString &label) {
            const bool backed = RoleLookups::citesAnArticle(catalog, sources);
            covered += backed ? 1.0 : 0.5;
            if (!backed) {
                generalPracticeOnly.append(label);
            }
        };
        for (const auto &id : item.coveredGoals) {
            weigh(RoleLookups::goalSources(role, *catalog.goal(id)), catalog.goal(id)->label);
        }
        for (const auto &id : item.coveredTasks) {
            weigh(RoleLookups::taskSources(role, *catalog.task(id)), catalog.task(id)->label);
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
        item.fit = 0.8 * covered / static_cast<double>(asked) + 0.2 * focus;
        if (!item.coveredGoals.isEmpty()) {
            item.reasons.append((scenario.goals.size() == 1
                                     ? Advisor::tr("Serves the goal you listed: %1.")
                                     : Advisor::tr("Serves %1 of the %2 goals you listed: %3.")
                                           .arg(item.coveredGoals.size())
                                           .arg(scenario.goals.size()))
                                    .arg(labels(item.coveredGoals, true)));
        }
        if (!item.missedGoals.isEmpty()) {
            item.reasons.append(
                Advisor::tr("Does not serve: %1.").arg(labels(item.missedGoals, true)));
        }
        if (!item.coveredTasks.isEmpty()) {
            item.reasons.append((scenario.tasks.size() == 1
                                     ? Advisor::tr("Does the task you listed: %1.")
                                     : Advisor::tr("Does %1 of the %2 tasks you listed: %3.")
                                           .arg(item.coveredTasks.size())
                                           .arg(scenario.tasks.size()))
                                    .arg(labels(item.coveredTasks, false)));
        }
        if (!item.missedTasks.isEmpty()) {
            item.reasons.append(
                Advisor::tr("Does not do: %1.").arg(labels(item.missedTasks, false)));
        }
        if (!generalPracticeOnly.isEmpty()) {
            item.reasons.append(Advisor::tr("No article, only general practice, says it covers: "
                                            "%1; that counts half.")
                                    .arg(generalPracticeOnly.join(QStringLiteral("; "))));
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

} // namespace
} // namespace rolelens
