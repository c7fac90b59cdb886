#include "catalog/Catalog.h"

#include "catalog/EditDistance.h"

#include <algorithm>

namespace rolelens {

template <typename T>
void Catalog::addOrReplace(QList<T> &items, QHash<QString, qsizetype> &index, T item)
{
    const auto it = index.constFind(item.id);
    if (it != index.constEnd()) {
        items[*it] = std::move(item);
        return;
    }
    index.insert(item.id, items.size());
    items.append(std::move(item));
}

void Catalog::addOrReplaceRole(Role role)
{
    addOrReplace(m_roles, m_roleIndex, std::move(role));
}

void Catalog::addOrReplaceMetric(Metric metric)
{
    addOrReplace(m_metrics, m_metricIndex, std::move(metric));
}

void Catalog::addOrReplaceSource(Source source)
{
    addOrReplace(m_sources, m_sourceIndex, std::move(source));
}

void Catalog::addOrReplaceDisagreement(Disagreement disagreement)
{
    addOrReplace(m_disagreements, m_disagreementIndex, std::move(disagreement));
}

void Catalog::addOrReplaceGoal(Goal goal)
{
    addOrReplace(m_goals, m_goalIndex, std::move(goal));
}

void Catalog::addOrReplaceTask(Task task)
{
    addOrReplace(m_tasks, m_taskIndex, std::move(task));
}

void Catalog::addOrReplaceBenchmark(Benchmark benchmark)
{
    addOrReplace(m_benchmarks, m_benchmarkIndex, std::move(benchmark));
}

QStringList Catalog::goalAndTaskLabels(const QStringList &goalIds, const QStringList &taskIds) const
{
    QStringList labels;
    for (const auto &id : goalIds) {
        labels.append(goal(id) ? goal(id)->label : id);
    }
    for (const auto &id : taskIds) {
        labels.append(task(id) ? task(id)->label : id);
    }
    return labels;
}

void Catalog::addOrReplaceGuidance(Guidance guidance)
{
    addOrReplace(m_guidance, m_guidanceIndex, std::move(guidance));
}

void Catalog::addOrReplaceWorkKind(WorkKind kind)
{
    addOrReplace(m_workKinds, m_workKindIndex, std::move(kind));
}

const WorkKind *Catalog::workKind(const QString &id) const
{
    const auto it = m_workKindIndex.constFind(id);
    return it == m_workKindIndex.constEnd() ? nullptr : &m_workKinds.at(*it);
}

const WorkKind *Catalog::workKindWithSide(const QString &sideId) const
{
    for (const WorkKind &kind : m_workKinds) {
        if (kind.side(sideId)) {
            return &kind;
        }
    }
    return nullptr;
}

QList<const Guidance *> Catalog::guidanceFor(Guidance::Document document) const
{
    QList<const Guidance *> found;
    for (const auto &entry : m_guidance) {
        if (entry.shownIn.contains(document)) {
            found.append(&entry);
        }
    }
    return found;
}

void Catalog::squeeze()
{
    m_roles.squeeze();
    m_metrics.squeeze();
    m_sources.squeeze();
    m_disagreements.squeeze();
    m_goals.squeeze();
    m_tasks.squeeze();
    m_benchmarks.squeeze();
    m_guidance.squeeze();
    m_workKinds.squeeze();
}

const Role *Catalog::role(const QString &id) const
{
    const auto it = m_roleIndex.constFind(id);
    return it == m_roleIndex.constEnd() ? nullptr : &m_roles.at(*it);
}

const Metric *Catalog::metric(const QString &id) const
{
    const auto it = m_metricIndex.constFind(id);
    return it == m_metricIndex.constEnd() ? nullptr : &m_metrics.at(*it);
}

const Source *Catalog::source(const QString &id) const
{
    const auto it = m_sourceIndex.constFind(id);
    return it == m_sourceIndex.constEnd() ? nullptr : &m_sources.at(*it);
}

const Goal *Catalog::goal(const QString &id) const
{
    const auto it = m_goalIndex.constFind(id);
    return it == m_goalIndex.constEnd() ? nullptr : &m_goals.at(*it);
}

const Task *Catalog::task(const QString &id) const
{
    const auto it = m_taskIndex.constFind(id);
    return it == m_taskIndex.constEnd() ? nullptr : &m_tasks.at(*it);
}

QList<Benchmark> Catalog::benchmarksFor(const QString &metricId) const
{
    // A handful of benchmarks in all: a pass over them costs less than keeping an index.
    QList<Benchmark> found;
    for (const auto &benchmark : m_benchmarks) {
        if (benchmark.metricId == metricId) {
            found.append(benchmark);
        }
    }
    return found;
}

const Disagreement *Catalog::disagreement(const QString &id) const
{
    const auto it = m_disagreementIndex.constFind(id);
    return it == m_disagreementIndex.constEnd() ? nullptr : &m_disagreements.at(*it);
}

QString Catalog::metricName(const QString &id) const
{
    const Metric *found = metric(id);
    return found ? found->name : id;
}

QString Catalog::roleTitle(const QString &id) const
{
    const Role *found = role(id);
    return found ? found->title : id;
}

QStringList Catalog::metricNames(const QStringList &ids) const
{
    QStringList names;
    for (const auto &id : ids) {
        names.append(metricName(id));
    }
    return names;
}

QStringList Catalog::metricsUsedBy(const QStringList &roleIds) const
{
    QStringList ids;
    for (const auto &candidate : m_metrics) {
        for (const auto &roleId : roleIds) {
            const Role *user = role(roleId);
            if (user && user->metricUse(candidate.id)) {
                ids.append(candidate.id);
                break;
            }
        }
    }
    return ids;
}

QString Catalog::resolveRoleId(const QString &text) const
{
    if (m_roleIndex.contains(text)) {
        return text;
    }
    QString match;
    for (const auto &candidate : m_roles) {
        const bool named = candidate.id.compare(text, Qt::CaseInsensitive) == 0 ||
                           candidate.title.compare(text, Qt::CaseInsensitive) == 0 ||
                           candidate.aliases.contains(text, Qt::CaseInsensitive);
        if (!named) {
            continue;
        }
        if (!match.isEmpty()) {
            return {}; // ambiguous: better to ask than to guess
        }
        match = candidate.id;
    }
    return match;
}

QStringList Catalog::closestRoleIds(const QString &text, int count) const
{
    const QString needle = text.toLower();
    QList<std::pair<int, QString>> ranked;
    for (const auto &candidate : m_roles) {
        int best = editDistance(needle, candidate.id);
        for (const auto &alias : candidate.aliases) {
            best = std::min(best, editDistance(needle, alias.toLower()));
        }
        if (!needle.isEmpty() && candidate.id.contains(needle)) {
            best = std::min(best, 1); // a fragment of an id ("marketer") is a strong hint
        }
        ranked.append({best, candidate.id});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList ids;
    for (const auto &entry : ranked) {
        if (ids.size() >= count) {
            break;
        }
        ids.append(entry.second);
    }
    return ids;
}

QList<const Disagreement *> Catalog::disagreementsFor(const QString &roleId) const
{
    QList<const Disagreement *> found;
    for (const auto &disagreement : m_disagreements) {
        if (disagreement.roleIds.contains(roleId)) {
            found.append(&disagreement);
        }
    }
    return found;
}

} // namespace rolelens
