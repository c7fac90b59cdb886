#pragma once

#include "catalog/Catalog.h"
#include "catalog/SearchIndex.h"

#include <QAbstractListModel>
#include <QStringList>

#include <memory>

namespace rolelens {

// The catalog's roles as a flat list for views, read straight from the catalog, so that a
// list or combo box of 20,000 roles costs nothing to set up. The words of each role are
// indexed once (SearchIndex::ofRoles) when a search first needs them, so filtering as the
// user types looks words up instead of reading every role again; a large catalog's index is
// built off the GUI thread and handed in.
class RoleListModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum DataRole {
        // Qt::UserRole, so that a combo box's currentData() and findData() give ids.
        IdRole = Qt::UserRole,
        CategoryRole,
    };

    // `index`: SearchIndex::ofRoles(catalog) when built already, or null.
    explicit RoleListModel(const Catalog &catalog,
                           std::shared_ptr<const SearchIndex> index = nullptr,
                           QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QString &roleId) const;
    // Rows in the model's order; built on first use when none was handed in.
    const SearchIndex &searchIndex() const;

private:
    const Catalog &m_catalog;
    mutable std::shared_ptr<const SearchIndex> m_index;
};

} // namespace rolelens
