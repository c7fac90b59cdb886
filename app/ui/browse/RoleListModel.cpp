#include "ui/browse/RoleListModel.h"

namespace rolelens {

RoleListModel::RoleListModel(const Catalog &catalog, std::shared_ptr<const SearchIndex> index,
                             QObject *parent)
    : QAbstractListModel(parent), m_catalog(catalog), m_index(std::move(index))
{
    Q_ASSERT(!m_index || m_index->size() == static_cast<std::size_t>(catalog.roles().size()));
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
    const Role &entry = m_catalog.roles().at(index.row());
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
    return role ? index(static_cast<int>(role - m_catalog.roles().constData())) : QModelIndex();
}

} // namespace rolelens
