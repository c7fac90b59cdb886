#include "RoleFilterProxyModel.h"

#include "RoleListModel.h"

#include <QRegularExpression>

namespace rolelens {

RoleFilterProxyModel::RoleFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void RoleFilterProxyModel::setQuery(const QString &query)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = query.toCaseFolded().split(whitespace, Qt::SkipEmptyParts);
    if (words == m_words) {
        return;
    }
    m_words = words;
    invalidateRowsFilter();
}

void RoleFilterProxyModel::setCategory(const QString &category)
{
    if (category == m_category) {
        return;
    }
    m_category = category;
    invalidateRowsFilter();
}

bool RoleFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_category.isEmpty() && index.data(RoleListModel::CategoryRole).toString() != m_category) {
        return false;
    }
    const QString text = index.data(RoleListModel::SearchTextRole).toString();
    for (const auto &word : m_words) {
        if (!text.contains(word)) {
            return false;
        }
    }
    return true;
}

} // namespace rolelens
