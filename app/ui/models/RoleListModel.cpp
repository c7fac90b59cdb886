#include "RoleListModel.h"

namespace rolelens {

RoleListModel::RoleListModel(const Catalog &catalog, QObject *parent) : QAbstractListModel(parent)
{
    m_entries.reserve(catalog.roles().size());
    for (const auto &role : catalog.roles()) {
        QStringList parts{role.title, role.aliases.join(QLatin1Char(' ')), role.summary};
        for (const auto &item : role.responsibilities) {
            parts << item.name << item.description;
        }
        for (const auto &item : role.skills) {
            parts << item.name << item.description;
        }
        for (const auto &use : role.metrics) {
            if (const Metric *metric = catalog.metric(use.metricId)) {
                parts << metric->name;
            }
        }
        QString toolTip = role.summary;
        if (!role.aliases.isEmpty()) {
            toolTip = tr("Also called: %1").arg(role.aliases.join(QStringLiteral(", "))) +
                      QStringLiteral("\n\n") + toolTip;
        }
        m_entries.append({role.id, role.title, role.category, toolTip});
        m_index.add(parts.join(QLatin1Char('\n')));
    }
    m_index.finish();
}

int RoleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant RoleListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return entry.title;
    case Qt::ToolTipRole:
        return entry.toolTip;
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
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == roleId) {
            return index(static_cast<int>(row));
        }
    }
    return {};
}

} // namespace rolelens
