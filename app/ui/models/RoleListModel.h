#pragma once

#include "Catalog.h"
#include "SearchIndex.h"

#include <QAbstractListModel>
#include <QStringList>

namespace rolelens {

// The catalog's roles as a flat list for views. Each role's searchable text (title, aliases,
// summary, responsibilities, skills, metric names) is indexed once here, so filtering as the
// user types looks words up instead of reading every role again.
class RoleListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum DataRole {
        IdRole = Qt::UserRole + 1,
        CategoryRole,
    };

    explicit RoleListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QString &roleId) const;
    // Rows in the model's order.
    const SearchIndex &searchIndex() const { return m_index; }

private:
    struct Entry {
        QString id;
        QString title;
        QString category;
        QString toolTip;
    };

    QList<Entry> m_entries;
    SearchIndex m_index;
};

} // namespace rolelens
