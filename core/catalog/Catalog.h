#pragma once

#include "model/Benchmark.h"
#include "model/Disagreement.h"
#include "model/Goal.h"
#include "model/Guidance.h"
#include "model/Metric.h"
#include "model/Role.h"
#include "model/Source.h"
#include "model/Task.h"
#include "model/WorkKind.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

// The validated catalog: roles, metrics, sources, disagreements, goals, tasks and published
// benchmarks, with lookups by id.
// Only CatalogLoader builds one, so everything in it has been checked to resolve.
class Catalog {
public:
    const QList<Role> &roles() const { return m_roles; }
    const QList<Metric> &metrics() const { return m_metrics; }
    const QList<Source> &sources() const { return m_sources; }
    const QList<Disagreement> &disagreements() const { return m_disagreements; }
    const QList<Goal> &goals() const { return m_goals; }
    const QList<Task> &tasks() const { return m_tasks; }
    const QList<Benchmark> &benchmarks() const { return m_benchmarks; }
    const QList<Guidance> &guidance() const { return m_guidance; }
    const QList<WorkKind> &workKinds() const { return m_workKinds; }

    const Role *role(const QString &id) const;
    const Metric *metric(const QString &id) const;
    const Source *source(const QString &id) const;
    const Goal *goal(const QString &id) const;
    const Task *task(const QString &id) const;
    // The published figures for a metric, in catalog order (each with its own denominator).
    QList<Benchmark> benchmarksFor(const QString &metricId) const;
    const Disagreement *disagreement(const QString &id) const;
    const WorkKind *workKind(const QString &id) const;
    // The work kind one of whose sides has this id, or null.
    const WorkKind *workKindWithSide(const QString &sideId) const;
    // For display: the name or title, or the id itself when nothing carries it.
    QString metricName(const QString &id) const;
    QString roleTitle(const QString &id) const;
    QStringList metricNames(const QStringList &ids) const;
    // The labels of these goals, then of these tasks, in order.
    QStringList goalAndTaskLabels(const QStringList &goalIds, const QStringList &taskIds) const;
    // The metrics at least one of these roles is judged by, in catalog order.
    QStringList metricsUsedBy(const QStringList &roleIds) const;

    // Resolves what a user typed: an exact id, or else an alias or title matched without
    // regard to case when exactly one role carries it. Returns an empty string otherwise.
    QString resolveRoleId(const QString &text) const;
    // The known role ids nearest to a mistyped one, best first.
    QStringList closestRoleIds(const QString &text, int count = 3) const;
    QList<const Disagreement *> disagreementsFor(const QString &roleId) const;
    // The guidance a document repeats, in catalog order.
    QList<const Guidance *> guidanceFor(Guidance::Document document) const;

    void addOrReplaceRole(Role role);
    void addOrReplaceMetric(Metric metric);
    void addOrReplaceSource(Source source);
    void addOrReplaceDisagreement(Disagreement disagreement);
    void addOrReplaceGoal(Goal goal);
    void addOrReplaceTask(Task task);
    void addOrReplaceBenchmark(Benchmark benchmark);
    void addOrReplaceGuidance(Guidance guidance);
    void addOrReplaceWorkKind(WorkKind kind);
    // Gives back the spare capacity the lists grew while entries were added.
    void squeeze();

private:
    template <typename T>
    static void addOrReplace(QList<T> &items, QHash<QString, qsizetype> &index, T item);

    QList<Role> m_roles;
    QList<Metric> m_metrics;
    QList<Source> m_sources;
    QList<Disagreement> m_disagreements;
    QList<Goal> m_goals;
    QList<Task> m_tasks;
    QList<Benchmark> m_benchmarks;
    QList<Guidance> m_guidance;
    QList<WorkKind> m_workKinds;
    QHash<QString, qsizetype> m_roleIndex;
    QHash<QString, qsizetype> m_metricIndex;
    QHash<QString, qsizetype> m_sourceIndex;
    QHash<QString, qsizetype> m_disagreementIndex;
    QHash<QString, qsizetype> m_goalIndex;
    QHash<QString, qsizetype> m_taskIndex;
    QHash<QString, qsizetype> m_benchmarkIndex;
    QHash<QString, qsizetype> m_guidanceIndex;
    QHash<QString, qsizetype> m_workKindIndex;
};

} // namespace rolelens
