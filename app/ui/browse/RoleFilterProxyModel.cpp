#include "ui/browse/RoleFilterProxyModel.h"

#include "catalog/SearchIndex.h"
#include "ui/browse/RoleListModel.h"

namespace rolelens {

RoleFilterProxyModel::RoleFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void RoleFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_roles = qobject_cast<const RoleListModel *>(model);
    Q_ASSERT(m_roles || !model);
    QSortFilterProxyModel::setSourceModel(model);
    match();
    invalidateRowsFilter();
}

void RoleFilterProxyModel::setQuery(const QString &query)
{
    m_query = query;
    const std::vector<bool> previous = m_matches;
    match();
    std::size_t changed = 0;
    for (std::size_t row = 0; row < m_matches.size() && row < previous.size(); ++row) {
        changed += m_matches[row] != previous[row] ? 1U : 0U;
    }
    if (previous.size() != m_matches.size()) {
        changed = m_matches.size();
    }
    if (changed == 0) {
        return; // another word, the same roles: nothing for the view to do
    }
    // Many scattered rows hidden or shown: one layout change, because the view would handle
    // a removal signal for each run of rows alone. A few: update just those rows.
    if (changed > kManyRows) {
        invalidate();
    } else {
        invalidateRowsFilter();
    }
}

void RoleFilterProxyModel::setCategory(const QString &category)
{
    if (category == m_category) {
        return;
    }
    m_category = category;
    invalidateRowsFilter();
}

void RoleFilterProxyModel::setExcludedIds(const QStringList &ids)
{
    if (ids == m_excluded) {
        return;
    }
    m_excluded = ids;
    invalidateRowsFilter();
}

void RoleFilterProxyModel::match()
{
    if (!m_roles) {
        m_matches.clear();
    } else if (SearchIndex::words(m_query).isEmpty()) {
        // Everything matches: no need to build the index for a list nobody searched.
        m_matches.assign(static_cast<std::size_t>(m_roles->rowCount()), true);
    } else {
        m_matches = m_roles->searchIndex().match(m_query);
    }
}

bool RoleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto row = static_cast<std::size_t>(sourceRow);
    if (row >= m_matches.size() || !m_matches[row]) {
        return false;
    }
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_excluded.isEmpty() &&
        m_excluded.contains(index.data(RoleListModel::IdRole).toString())) {
        return false;
    }
    return m_category.isEmpty() || index.data(RoleListModel::CategoryRole) == m_category;
}

} // namespace rolelens
