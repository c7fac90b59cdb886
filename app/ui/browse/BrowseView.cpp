#include "ui/browse/BrowseView.h"

#include "ui/browse/ProfileView.h"
#include "ui/browse/RoleFilterProxyModel.h"
#include "ui/browse/RoleListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QVBoxLayout>

namespace rolelens {

BrowseView::BrowseView(const Catalog &catalog, std::shared_ptr<const SearchIndex> searchIndex,
                       QWidget *parent)
    : QWidget(parent), m_catalog(catalog),
      m_model(new RoleListModel(catalog, std::move(searchIndex), this)),
      m_proxy(new RoleFilterProxyModel(this)), m_search(new QLineEdit), m_category(new QComboBox),
      m_count(new QLabel), m_list(new QListView), m_profile(new ProfileView(catalog)),
      m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setSourceModel(m_model);

    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search roles, skills, metrics…"));
    m_search->setAccessibleName(tr("Search roles"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuery(text);
        updateCount();
    });

    m_category->setObjectName(QStringLiteral("categoryFilter"));
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"), QString());
    QStringList categories;
    for (const auto &role : catalog.roles()) {
        if (!categories.contains(role.category)) {
            categories.append(role.category);
            m_category->addItem(role.category, role.category);
        }
    }
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategory(m_category->currentData().toString());
        updateCount();
    });

    m_count->setObjectName(QStringLiteral("matchCount"));
    m_count->setAccessibleName(tr("Number of matching roles"));

    m_list->setObjectName(QStringLiteral("roleList"));
    m_list->setAccessibleName(tr("Roles"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QListView::customContextMenuRequested, this, &BrowseView::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString id = current.data(RoleListModel::IdRole).toString();
                if (!id.isEmpty()) {
                    m_profile->showRole(id);
                    emit selectedRoleChanged(id);
                }
            });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        emit addToComparisonRequested(index.data(RoleListModel::IdRole).toString());
    });
    connect(m_profile, &ProfileView::roleLinkActivated, this, &BrowseView::selectRole);
    // Return in the search field opens the first match, so the keyboard alone suffices.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_list->setCurrentIndex(m_proxy->index(0, 0));
            m_list->setFocus();
        }
    });

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_category);
    sideLayout->addWidget(m_count);
    sideLayout->addWidget(m_list, 1);

    m_splitter->setObjectName(QStringLiteral("browseSplitter"));
    m_splitter->addWidget(side);
    m_splitter->addWidget(m_profile);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({230, 870});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
    updateCount();
}

void BrowseView::updateCount()
{
    m_count->setText(tr("%1 of %2 roles match").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
}

void BrowseView::selectRole(const QString &roleId)
{
    QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(roleId));
    if (!index.isValid()) {
        // Hidden by the current filter: clear it rather than refuse to open the role.
        m_search->clear();
        m_category->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->indexOf(roleId));
    }
    if (index.isValid()) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

QString BrowseView::selectedRoleId() const
{
    return m_profile->roleId();
}

void BrowseView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BrowseView::showContextMenu(const QPoint &position)
{
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid()) {
        return;
    }
    const QString id = index.data(RoleListModel::IdRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Add to comparison"), this,
                   [this, id] { emit addToComparisonRequested(id); });
    menu.exec(m_list->viewport()->mapToGlobal(position));
}

} // namespace rolelens
