#include "advisor/Ranking.h"

#include "i18n/Punctuation.h"
#include "report/Figures.h"

#include <QHash>

#include <algorithm>
#include <unordered_map>

namespace rolelens {

QList<Advice::Recommendation> Ranking::recommend(const Scenario &scenario) const
{
    const Catalog &catalog = m_lookups.catalog();
    const qsizetype asked = scenario.goals.size() + scenario.tasks.size();
    if (asked == 0) {
        return {};
    }
    // Which roles cover each thing asked: a row of `asked` flags per role, goals first.
    const qsizetype roleCount = catalog.roles().size();
    const auto cell = [&](qsizetype role, qsizetype item) {
        return static_cast<std::size_t>(role * asked + item);
    };
    // 0: does not cover it; kGeneralPracticeOnly: covers it on general practice alone;
    // kArticleBacked: an article says so.
    std::vector<char> covers(cell(roleCount, 0), 0);
    std::vector<double> coverage(static_cast<std::size_t>(roleCount), 0.0);
    const auto mark = [&](const RoleLookups::Coverage &covering, qsizetype item) {
        for (std::size_t i = 0; i < covering.roles.size(); ++i) {
            const qsizetype role = covering.roles[i];
            const bool backed = covering.articleBacked[i] != 0;
            covers[cell(role, item)] = backed ? kArticleBacked : kGeneralPracticeOnly;
            coverage[static_cast<std::size_t>(role)] += backed ? 1.0 : kGeneralPracticeOnlyWeight;
        }
    };
    for (qsizetype g = 0; g < scenario.goals.size(); ++g) {
        mark(*m_lookups.serving(*catalog.goal(scenario.goals.at(g))), g);
    }
    for (qsizetype t = 0; t < scenario.tasks.size(); ++t) {
        mark(*m_lookups.doing(*catalog.task(scenario.tasks.at(t))), scenario.goals.size() + t);
    }
    // How much of each role's primary weight is on what the goals measure.
    QStringList wanted;
    for (const auto &id : scenario.goals) {
        for (const auto &metric : catalog.goal(id)->metrics) {
            if (!wanted.contains(metric)) {
                wanted.append(metric);
            }
        }
    }
    std::vector<int> matched(static_cast<std::size_t>(roleCount), 0);
    for (const auto &metric : wanted) {
        for (const auto &[role, weight] : *m_lookups.primaryUses(metric)) {
            matched[static_cast<std::size_t>(role)] += weight;
        }
    }
    const bool goalsHaveMetrics = !wanted.isEmpty();

    // Roles with the same flags share their lists and reasons, and most of the reasons' text
    // is the same for every role: build each once.
    struct Pattern {
        Advice::Recommendation described;
        QHash<int, QStringList> reasonsByFocus; // by the focus in percent
    };
    std::unordered_map<std::string_view, Pattern> patterns;
    const auto patternOf = [&](qsizetype role) -> Pattern & {
        const std::string_view flags(&covers[cell(role, 0)], static_cast<std::size_t>(asked));
        auto [it, added] = patterns.try_emplace(flags);
        if (added) {
            it->second.described = describe(scenario, flags);
        }
        return it->second;
    };

    struct Ranked {
        double fit;
        qsizetype role;
        double focus;
    };
    const auto weights = m_lookups.primaryWeights();
    std::vector<Ranked> ranked;
    for (qsizetype r = 0; r < roleCount; ++r) {
        const double covered = coverage[static_cast<std::size_t>(r)];
        if (covered <= 0) {
            continue;
        }
        const int total = (*weights)[static_cast<std::size_t>(r)];
        const double roleFocus =
            total == 0 ? 0.0 : static_cast<double>(matched[static_cast<std::size_t>(r)]) / total;
        const double share = covered / static_cast<double>(asked);
        ranked.push_back({kCoverageWeight * share + kFocusWeight * roleFocus, r, roleFocus});
    }
    // Stable: equal fits keep the catalog's order, so the ranking is deterministic.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.fit > b.fit; });

    QList<Advice::Recommendation> recommendations;
    recommendations.reserve(static_cast<qsizetype>(ranked.size()));
    for (const Ranked &item : ranked) {
        Pattern &pattern = patternOf(item.role);
        const int percent = Figures::fitPercent(item.focus);
        auto reasons = pattern.reasonsByFocus.constFind(percent);
        if (reasons == pattern.reasonsByFocus.cend()) {
            QStringList all = pattern.described.reasons;
            if (goalsHaveMetrics) {
                all.append(
                    tr("%1 of what this role is mainly judged by is what your goals ask for.")
                        .arg(Figures::fit(item.focus)));
            }
            reasons = pattern.reasonsByFocus.insert(percent, all);
        }
        Advice::Recommendation recommendation = pattern.described;
        recommendation.roleId = catalog.roles().at(item.role).id;
        recommendation.fit = item.fit;
        recommendation.reasons = *reasons;
        recommendations.append(std::move(recommendation));
    }
    return recommendations;
}

Advice::Recommendation Ranking::describe(const Scenario &scenario, std::string_view flags) const
{
    const Catalog &catalog = m_lookups.catalog();
    Advice::Recommendation recommendation;
    const qsizetype goalCount = scenario.goals.size();
    for (qsizetype g = 0; g < goalCount; ++g) {
        (flags[static_cast<std::size_t>(g)] ? recommendation.coveredGoals
                                            : recommendation.missedGoals)
            .append(scenario.goals.at(g));
    }
    for (qsizetype t = 0; t < scenario.tasks.size(); ++t) {
        (flags[static_cast<std::size_t>(goalCount + t)] ? recommendation.coveredTasks
                                                        : recommendation.missedTasks)
            .append(scenario.tasks.at(t));
    }
    const auto labels = [&](const QStringList &ids, bool goals) {
        QStringList names;
        for (const auto &id : ids) {
            names.append(goals ? catalog.goal(id)->label : catalog.task(id)->label);
        }
        return Punctuation::semicolons(names);
    };
    // "Serves 2 of the 3 goals you listed: ..." then "Does not serve: ...", and the same for
    // tasks;
    // each reason names its items last.
    const auto explain = [&](const QStringList &served, const QStringList &missed, bool goals,
                             const QString &coveredReason, const QString &missedReason) {
        if (!served.isEmpty()) {
            recommendation.reasons.append(coveredReason.arg(labels(served, goals)));
        }
        if (!missed.isEmpty()) {
            recommendation.reasons.append(missedReason.arg(labels(missed, goals)));
        }
    };
    explain(recommendation.coveredGoals, recommendation.missedGoals, true,
            // One goal listed is served whole: no count to read ("1 of your 1 goals").
            scenario.goals.size() == 1 ? tr("Serves the goal you listed: %1.")
                                       : tr("Serves %1 of the %2 goals you listed: %3.")
                                             .arg(recommendation.coveredGoals.size())
                                             .arg(scenario.goals.size()),
            tr("Does not serve: %1."));
    explain(recommendation.coveredTasks, recommendation.missedTasks, false,
            scenario.tasks.size() == 1 ? tr("Does the task you listed: %1.")
                                       : tr("Does %1 of the %2 tasks you listed: %3.")
                                             .arg(recommendation.coveredTasks.size())
                                             .arg(scenario.tasks.size()),
            tr("Does not do: %1."));
    // What only general practice says this role covers, for a reader who wonders why a role
    // that covers as much ranks lower.
    QStringList generalPracticeOnly;
    for (qsizetype item = 0; item < static_cast<qsizetype>(flags.size()); ++item) {
        if (flags[static_cast<std::size_t>(item)] == kGeneralPracticeOnly) {
            generalPracticeOnly.append(
                item < goalCount ? catalog.goal(scenario.goals.at(item))->label
                                 : catalog.task(scenario.tasks.at(item - goalCount))->label);
        }
    }
    if (!generalPracticeOnly.isEmpty()) {
        recommendation.reasons.append(
            tr("No article, only general practice, says it covers: %1; that counts half.")
                .arg(Punctuation::semicolons(generalPracticeOnly)));
    }
    return recommendation;
}

} // namespace rolelens
