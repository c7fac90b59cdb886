#include "ui/browse/RoleListModel.h"

#include <algorithm>

namespace rolelens {

RoleListModel::RoleListModel(const Catalog &catalog, std::shared_ptr<const SearchIndex> index,
                             QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_index(std::move(index))
{
    Q_ASSERT(!m_index || m_index->size() == static_cast<std::size_t>(catalog.roles().size()));
}

void RoleListModel::catalogTextChanged()
{
    m_index.reset(); // built again from the new text when next searched
    emit dataChanged(index(0), index(rowCount() - 1));
}

int RoleListModel::widestTitle(const QFontMetrics &metrics) const
{
    constexpr qsizetype kMeasured = 500;
    constexpr int kItemMargins = 8;
    int widest = 0;
    const auto &roles = m_catalog.roles();
    for (qsizetype i = 0; i < std::min(roles.size(), kMeasured); ++i) {
        widest = std::max(widest, metrics.horizontalAdvance(roles.at(i).title));
    }
    return widest + kItemMargins;
}

int RoleListModel::titleLength() const
{
    constexpr qsizetype kMeasured = 500;
    qsizetype longest = 0;
    const auto &roles = m_catalog.roles();
    for (qsizetype i = 0; i < std::min(roles.size(), kMeasured); ++i) {
        longest = std::max(longest, roles.at(i).title.size());
    }
    return static_cast<int>(std::clamp<qsizetype>(longest, 28, 44));
}

const SearchIndex &RoleListModel::searchIndex() const
{
    if (!m_index) {
        m_index = std::make_shared<const SearchIndex>(SearchIndex::ofRoles(m_catalog));
    }
    return *m_index;
}

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.roles().size());
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Role &entry = m_catalog.roles().at(catalogRow(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry.title;
    case Qt::ToolTipRole:
        if (entry.aliases.isEmpty()) {
            return entry.summary;
        }
        return tr("Also called: %1").arg(entry.aliases.join(QStringLiteral(", "))) +
               QStringLiteral("\n\n") + entry.summary;
    case IdRole:
        return entry.id;
    case CategoryRole:
        return entry.category;
    default:
        return {};
    }
}

QHash<int, QByteArray> RoleListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "roleId");
    names.insert(CategoryRole, "category");
    return names;
}

QModelIndex RoleListModel::indexOf(const QString &roleId) const
{
    const Role *role = m_catalog.role(roleId);
    if (!role) {
        return {};
    }
    const auto position = static_cast<std::size_t>(role - m_catalog.roles().constData());
    return index(m_rows.empty() ? static_cast<int>(position) : m_rows[position]);
}

void RoleListModel::setOrder(std::vector<int> catalogRows)
{
    Q_ASSERT(catalogRows.empty() || catalogRows.size() == m_catalog.roles().size());
    if (catalogRows == m_order) {
        return;
    }
    emit layoutAboutToBeChanged({}, VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> catalogRowsBefore;
    for (const QModelIndex &index : before) {
        catalogRowsBefore.append(catalogRow(index.row()));
    }
    m_order = std::move(catalogRows);
    m_rows.assign(m_order.size(), 0);
    for (std::size_t row = 0; row < m_order.size(); ++row) {
        m_rows[static_cast<std::size_t>(m_order[row])] = static_cast<int>(row);
    }
    QModelIndexList after;
    for (const int position : std::as_const(catalogRowsBefore)) {
        after.append(index(m_rows.empty() ? position : m_rows[static_cast<std::size_t>(position)]));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, VerticalSortHint);
}

} // namespace rolelens
