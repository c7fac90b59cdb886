#include "model/Role.h"

namespace rolelens {
namespace {

template <typename Item> QStringList namesOf(const QList<Item> &items, const QStringList &ids)
{
    QStringList names;
    for (const auto &id : ids) {
        for (const auto &item : items) {
            if (item.id == id) {
                names.append(item.name);
                break;
            }
        }
    }
    return names;
}

void collect(const Citations &citations, QStringList &ids)
{
    for (const auto &citation : citations) {
        if (!ids.contains(citation.sourceId)) {
            ids.append(citation.sourceId);
        }
    }
}

} // namespace

const DimensionValue &Role::dimension(Dimension which) const
{
    static const DimensionValue empty;
    const auto it = dimensions.constFind(which);
    return it == dimensions.constEnd() ? empty : *it;
}

const MetricUse *Role::metricUse(const QString &metricId) const
{
    for (const auto &use : metrics) {
        if (use.metricId == metricId) {
            return &use;
        }
    }
    return nullptr;
}

QStringList Role::responsibilityNames(const QStringList &ids) const
{
    return namesOf(responsibilities, ids);
}

QStringList Role::skillNames(const QStringList &ids) const
{
    return namesOf(skills, ids);
}

QStringList Role::citedSourceIds() const
{
    QStringList ids;
    collect(summarySources, ids);
    for (const auto &value : dimensions) {
        collect(value.sources, ids);
    }
    for (const auto &item : responsibilities) {
        collect(item.sources, ids);
    }
    for (const auto &item : skills) {
        collect(item.sources, ids);
    }
    for (const auto &item : metrics) {
        collect(item.basis, ids);
    }
    for (const auto &link : reportsTo + supervises) {
        collect(link.sources, ids);
    }
    for (const auto &item : notResponsibleFor) {
        collect(item.sources, ids);
    }
    for (const auto &item : misconceptions) {
        collect(item.sources, ids);
    }
    if (expectedResults) {
        collect(expectedResults->sources, ids);
    }
    if (audienceGrowth) {
        collect(audienceGrowth->sources, ids);
    }
    return ids;
}

} // namespace rolelens
