#include "ui/browse/RoleFilterProxyModel.h"

#include "catalog/SearchIndex.h"
#include "ui/browse/RoleListModel.h"

#include <algorithm>
#include <numeric>

namespace rolelens {

RoleFilterProxyModel::RoleFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void RoleFilterProxyModel::setSourceModel(QAbstractItemModel *model)
{
    m_roles = qobject_cast<RoleListModel *>(model);
    Q_ASSERT(m_roles || !model);
    QSortFilterProxyModel::setSourceModel(model);
    match();
    if (m_roles) {
        m_roles->setOrder(rankedOrder());
    }
    invalidateRowsFilter();
}

void RoleFilterProxyModel::setQuery(const QString &query)
{
    m_query = query;
    const std::vector<int> previous = m_scores;
    match();
    if (m_scores == previous || !m_roles) {
        return; // another word, the same roles in the same order: nothing for the view to do
    }
    const std::vector<int> order = rankedOrder();
    if (!showsInOrder(order)) {
        // The source's layout change makes the proxy filter again as well: one change.
        m_roles->setOrder(order);
        return;
    }
    std::size_t changed = 0;
    for (std::size_t row = 0; row < m_scores.size() && row < previous.size(); ++row) {
        changed += (m_scores[row] != 0) != (previous[row] != 0) ? 1U : 0U;
    }
    if (previous.size() != m_scores.size()) {
        changed = m_scores.size();
    }
    // Many scattered rows hidden or shown: one layout change, because the view would handle
    // a removal signal for each run of rows alone. A few: update just those rows.
    if (changed > kManyRows) {
        invalidate();
    } else {
        invalidateRowsFilter();
    }
}

std::vector<int> RoleFilterProxyModel::rankedOrder() const
{
    if (!m_searching) {
        return {};
    }
    // Scores are small numbers: a counting sort, linear at 20,000 roles, and stable.
    const int highest =
        m_scores.empty() ? 0 : *std::max_element(m_scores.cbegin(), m_scores.cend());
    std::vector<int> start(static_cast<std::size_t>(highest) + 2, 0);
    for (const int score : m_scores) {
        ++start[static_cast<std::size_t>(highest - score) + 1];
    }
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<int> order(m_scores.size());
    for (std::size_t position = 0; position < m_scores.size(); ++position) {
        const auto bucket = static_cast<std::size_t>(highest - m_scores[position]);
        order[static_cast<std::size_t>(start[bucket]++)] = static_cast<int>(position);
    }
    return order;
}

bool RoleFilterProxyModel::showsInOrder(const std::vector<int> &order) const
{
    const std::size_t count = m_scores.size();
    const auto wanted = [&order](std::size_t i) {
        return order.empty() ? static_cast<int>(i) : order[i];
    };
    const auto shown = [this](int position) {
        return m_scores[static_cast<std::size_t>(position)] != 0;
    };
    std::size_t next = 0;
    for (int row = 0; row < static_cast<int>(count); ++row) {
        const int position = m_roles->catalogRow(row);
        if (!shown(position)) {
            continue;
        }
        while (next < count && !shown(wanted(next))) {
            ++next;
        }
        if (next == count || wanted(next) != position) {
            return false;
        }
        ++next;
    }
    return true;
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
    m_searching = !SearchIndex::words(m_query).isEmpty();
    if (!m_roles) {
        m_scores.clear();
    } else if (!m_searching) {
        // Everything matches: no need to build the index for a list nobody searched.
        m_scores.assign(static_cast<std::size_t>(m_roles->rowCount()), 1);
    } else {
        m_scores = m_roles->searchIndex().scores(m_query);
    }
}

bool RoleFilterProxyModel::matchesOutsideCategory() const
{
    if (m_category.isEmpty() || !m_roles) {
        return false;
    }
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        const QModelIndex index = m_roles->index(row, 0);
        if (m_scores[static_cast<std::size_t>(m_roles->catalogRow(row))] != 0 &&
            index.data(RoleListModel::CategoryRole) != m_category &&
            !m_excluded.contains(index.data(RoleListModel::IdRole).toString())) {
            return true;
        }
    }
    return false;
}

QString RoleFilterProxyModel::suggestion() const
{
    return m_roles && m_searching ? m_roles->searchIndex().suggestion(m_query) : QString();
}

bool RoleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto position = static_cast<std::size_t>(m_roles ? m_roles->catalogRow(sourceRow) : 0);
    if (!m_roles || position >= m_scores.size() || m_scores[position] == 0) {
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
