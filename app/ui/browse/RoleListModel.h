#pragma once

#include "catalog/Catalog.h"
#include "catalog/SearchIndex.h"

#include <QAbstractListModel>
#include <QFontMetrics>
#include <QStringList>

#include <memory>
#include <vector>

namespace rolelens {

// The catalog's roles as a flat list for views, read straight from the catalog, so that a
// list or combo box of 20,000 roles costs nothing to set up. The words of each role are
// indexed once (SearchIndex::ofRoles) when a search first needs them, so filtering as the
// user types looks words up instead of reading every role again; a large catalog's index is
// built off the GUI thread and handed in. The rows are in the catalog's order unless a search
// ranks them (setOrder): a permutation of integers here is far cheaper than a proxy sorting
// 20,000 rows through its comparison calls.
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

    // The catalog's text changed (another language): the same roles, named and searched anew.
    void catalogTextChanged();
    // The room the longest title needs in a list that does not wrap, measured over the first
    // roles only: a catalog of thousands is not measured title by title at start-up.
    int widestTitle(const QFontMetrics &metrics) const;
    // The same in characters, for a combo box's least contents length: 28 to 44.
    int titleLength() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOf(const QString &roleId) const;
    // Lists the roles in this order of catalog positions (each once); an empty list restores
    // the catalog's order. Views keep their current and selected roles (a layout change).
    void setOrder(std::vector<int> catalogRows);
    // The catalog position of the role in `row`.
    int catalogRow(int row) const
    {
        return m_order.empty() ? row : m_order[static_cast<std::size_t>(row)];
    }
    // Rows in the model's order; built on first use when none was handed in.
    const SearchIndex &searchIndex() const;

private:
    const Catalog &m_catalog;
    mutable std::shared_ptr<const SearchIndex> m_index;
    std::vector<int> m_order; // row -> catalog position; empty: the catalog's order
    std::vector<int> m_rows;  // catalog position -> row, while ordered
};

} // namespace rolelens
