#pragma once

#include "advisor/HiringPlan.h"
#include "model/Benchmark.h"
#include "model/Citation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rolelens {

// What the advisor says about a scenario: whom to hire, engage or contract out, which roles
// fit, which expectations are unrealistic and why, and what to judge the hire by instead.
struct Advice {
    enum class Severity { Info, Warning, Critical };

    struct Recommendation {
        QString roleId;
        double fit = 0; // 0 to 1
        QStringList coveredGoals;
        QStringList missedGoals;
        QStringList coveredTasks;
        QStringList missedTasks;
        // Plain-language reasons, one sentence each.
        QStringList reasons;
    };

    struct Finding {
        QString id; // stable: "task-out-of-scope", ...
        Severity severity = Severity::Info;
        QString subject; // what it is about: a task, goal, role or metric id, when one
        QString message;
        QString explanation;
        QString suggestion;
        QString handledBy; // task-out-of-scope: the role the catalog gives the task to
        Citations sources;
    };

    // A realistic range for a metric after some months, from a labelled assumption.
    struct Range {
        int months = 0;
        double low = 0;
        double high = 0;
    };

    struct RealisticTarget {
        QString metricId;
        int weight = 0;      // how much the role is judged by it, 1-5
        QList<Range> ranges; // empty where the catalog has no sourced assumption
        std::optional<double> ownerTarget;
        // When the owner wants it, in the weeks the owner gave.
        int ownerWeeks = 0;
        QString unit;
        // Where the ranges come from; the illustrative source marks them as assumptions.
        Citations sources;
        // What published reports give for the measure, each citing its report: figures to
        // compare with, each with its own denominator. Empty where no report is in the
        // catalog, and then the target cites the general-practice rule.
        QList<Benchmark> benchmarks;
        // The owner's own figure for the measure, in `unit`, from the scenario.
        std::optional<double> ownFigure;

        // The same deadline in months.
        double ownerMonths() const;
    };

    // The role the findings and targets are about: the one the owner considers, else the
    // plan's hire.
    QString judgedRoleId;
    HiringPlan plan;
    QList<Recommendation> recommendations;
    QList<Finding> findings;
    QList<RealisticTarget> realisticTargets;

    // What people read lists this many recommendations: a large catalog has thousands of
    // roles that cover something. Machine-readable output keeps them all.
    static constexpr qsizetype kListedRecommendations = 25;

    // The best kListedRecommendations, plus the judged role wherever it ranks, in order.
    QList<Recommendation> listedRecommendations() const;
    static QString severityKey(Severity severity);
    // "2 warnings": a number of findings of one severity, in the plural form it needs.
    static QString severityCount(Severity severity, int count);
    static QString severityLabel(Severity severity);
    const Finding *finding(const QString &id) const;
    int count(Severity severity) const;
};

} // namespace rolelens
