#pragma once

#include "Catalog.h"

#include <QAbstractListModel>
#include <QStringList>

namespace rolelens {

// The catalog's roles as a flat list for views. Each role's searchable text (title, aliases,
// summary, responsibilities, skills, metric names) is built once here, so filtering as the
// user types only compares strings.
class RoleListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum DataRole {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
        SearchTextRole,
    };

    explicit RoleListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QString &roleId) const;

private:
    struct Entry {
        QString id;
        QString title;
        QString category;
        QString toolTip;
        QString searchText; // folded to lower case
    };

    QList<Entry> m_entries;
};

} // namespace rolelens
