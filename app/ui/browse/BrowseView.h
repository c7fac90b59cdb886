#pragma once

#include "catalog/Catalog.h"
#include "catalog/SearchIndex.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
QT_END_NAMESPACE

namespace rolelens {

class ProfileView;
class RoleFilterProxyModel;
class RoleListModel;

// Browse the catalog: a searchable, filterable role list beside the selected role's profile.
class BrowseView : public QWidget {
    Q_OBJECT

public:
    // `searchIndex`: SearchIndex::ofRoles(catalog) when built already, or null.
    explicit BrowseView(const Catalog &catalog,
                        std::shared_ptr<const SearchIndex> searchIndex = nullptr,
                        QWidget *parent = nullptr);

    void selectRole(const QString &roleId);
    QString selectedRoleId() const;
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QListView *roleList() const { return m_list; }
    QSplitter *splitter() const { return m_splitter; }
    ProfileView *profile() const { return m_profile; }

signals:
    void selectedRoleChanged(const QString &roleId);
    void addToComparisonRequested(const QString &roleId);

private:
    void updateCount();
    void showContextMenu(const QPoint &position);

    const Catalog &m_catalog;
    RoleListModel *m_model;
    RoleFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_category;
    QLabel *m_count;
    QListView *m_list;
    ProfileView *m_profile;
    QSplitter *m_splitter;
};

} // namespace rolelens
