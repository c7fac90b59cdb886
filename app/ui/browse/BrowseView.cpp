#include "ui/browse/BrowseView.h"

#include "ui/browse/CategoryFilter.h"
#include "ui/browse/HistoryBar.h"
#include "ui/browse/NoMatchPage.h"
#include "ui/browse/ProfileView.h"
#include "ui/browse/RoleFilterProxyModel.h"
#include "ui/browse/RoleListModel.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/LinkBrowser.h"
#include "ui/widgets/Retranslation.h"
#include "ui/widgets/WidestWord.h"

#include <QAction>
#include <QChartView>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rolelens {

BrowseView::BrowseView(const Catalog &catalog, std::shared_ptr<const SearchIndex> searchIndex,
                       QWidget *parent)
    : QWidget(parent), m_catalog(catalog),
      m_model(new RoleListModel(catalog, std::move(searchIndex), this)),
      m_proxy(new RoleFilterProxyModel(this)), m_search(new QLineEdit),
      m_category(new CategoryFilter(catalog)), m_count(new QLabel), m_list(new QListView),
      m_profile(new ProfileView(catalog)), m_noMatch(new NoMatchPage), m_pages(new QStackedWidget),
      m_splitter(new QSplitter(Qt::Horizontal, this)), m_typingPause(new QTimer(this)),
      m_historyBar(new HistoryBar)
{
    m_proxy->setSourceModel(m_model);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &BrowseView::showPendingProfile);
    createHistoryActions();

    m_splitter->setObjectName(QStringLiteral("browseSplitter"));
    m_splitter->addWidget(createSide());
    m_splitter->addWidget(createProfileSide());
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({listWidth(), 1100 - listWidth()});
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_splitter);
    updateCount();
}

QWidget *BrowseView::createSide()
{
    m_search->setObjectName(QStringLiteral("searchField"));
    Retranslation::apply(this, [this] {
        m_count->setAccessibleName(tr("Number of matching roles"));
        AccessibleText::set(m_list, tr("Roles"),
                            tr("The roles that match the search and the category; the "
                               "highlighted one's profile shows beside the list."));
        m_search->setPlaceholderText(tr("Search roles, skills, metrics…"));
        AccessibleText::set(m_search, tr("Search roles"),
                            tr("Lists only the roles that match what you type; Return opens "
                               "the highlighted role, Esc clears the search."));
        m_search->setToolTip(tr("Finds other forms of a word (managing, manager, réseaux, "
                                "réseau), typed with or without accents, abbreviations (ads, PR, "
                                "SEO) and the trade's words in English, German, Spanish and "
                                "French (advertising, Werbung, publicidad, publicité). Return "
                                "opens the highlighted role; Esc clears the search."));
    });
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // The highlight may move while the rows change (off a row that went): that too waits
        // for a pause in typing.
        m_typing = true;
        m_proxy->setQuery(text);
        m_typing = m_proxy->isSearching();
        updateCount();
        highlightAfterFilter(true);
        m_typing = false;
    });
    connect(m_search, &QLineEdit::returnPressed, this, &BrowseView::openHighlighted);

    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setCategory(m_category->category());
        updateCount();
        highlightAfterFilter(false);
    });

    m_count->setObjectName(QStringLiteral("matchCount"));
    m_list->setObjectName(QStringLiteral("roleList"));
    m_list->setModel(m_proxy);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->installEventFilter(this);
    m_list->viewport()->installEventFilter(this);
    connect(m_list, &QListView::customContextMenuRequested, this, &BrowseView::showContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BrowseView::highlightChanged);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        showPendingProfile();
        emit addToComparisonRequested(index.data(RoleListModel::IdRole).toString());
    });

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_category);
    sideLayout->addWidget(m_count);
    sideLayout->addWidget(m_list, 1);
    return side;
}

void BrowseView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        // Other words for the same roles: names, categories, what a search finds.
        m_model->catalogTextChanged();
        m_category->refill();
        WidestWord::widenFirstPane(m_splitter, listWidth());
        m_proxy->setCategory(m_category->category());
        m_proxy->setQuery(m_search->text());
        updateCount();
    }
    QWidget::changeEvent(event);
}

int BrowseView::listWidth() const
{
    // Titles in full, in every language ("Especialista en marketing en redes sociales").
    constexpr int kFrameAndScrollBar = 24;
    return std::clamp(m_model->widestTitle(m_list->fontMetrics()) + kFrameAndScrollBar, 230, 340);
}

QWidget *BrowseView::createProfileSide()
{
    connect(m_profile, &ProfileView::roleLinkActivated, this, &BrowseView::selectRole);
    m_profile->browser()->viewport()->installEventFilter(this);
    m_profile->chartView()->viewport()->installEventFilter(this);
    m_noMatch->setObjectName(QStringLiteral("noMatchPage"));
    connect(m_noMatch, &NoMatchPage::suggestionChosen, this, [this](const QString &query) {
        m_search->setText(query);
        m_list->setFocus(Qt::OtherFocusReason);
    });
    connect(m_noMatch, &NoMatchPage::showAllRequested, this, [this] {
        if (!m_proxy->matchesOutsideCategory()) {
            m_search->clear();
        }
        m_category->setCurrentIndex(0);
        m_list->setFocus(Qt::OtherFocusReason);
    });
    m_pages->setObjectName(QStringLiteral("profilePages"));
    m_pages->addWidget(m_profile);
    m_pages->addWidget(m_noMatch);

    auto *profileSide = new QWidget;
    auto *layout = new QVBoxLayout(profileSide);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_historyBar);
    layout->addWidget(m_pages, 1);
    return profileSide;
}

void BrowseView::createHistoryActions()
{
    m_back = m_historyBar->backAction();
    m_forward = m_historyBar->forwardAction();
    connect(m_back, &QAction::triggered, this, &BrowseView::goBack);
    connect(m_forward, &QAction::triggered, this, &BrowseView::goForward);
    for (QAction *action : {m_back, m_forward}) {
        // Only while Browse has the focus: the other views keep Alt+arrows for themselves.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    updateHistoryActions();
}

void BrowseView::highlightAfterFilter(bool queryChanged)
{
    if (m_proxy->rowCount() == 0) {
        m_typingPause->stop();
        m_list->setCurrentIndex({}); // says nothing matches, through highlightChanged()
        showNoMatch();
        return;
    }
    QModelIndex target = m_list->currentIndex();
    if (queryChanged && m_proxy->isSearching()) {
        target = m_proxy->index(0, 0); // the best match
    } else if (!target.isValid()) {
        // Back from "nothing matches": the role shown before, if listed, or the first.
        target = m_proxy->mapFromSource(m_model->indexOf(m_profile->roleId()));
        if (!target.isValid()) {
            target = m_proxy->index(0, 0);
        }
    }
    m_list->setCurrentIndex(target);
    m_list->scrollTo(target);
    if (!m_typing) {
        // The search cleared or the category chosen: no more keystrokes to wait for.
        showPendingProfile();
    }
}

void BrowseView::highlightChanged(const QModelIndex &current)
{
    const QString id = current.data(RoleListModel::IdRole).toString();
    if (id.isEmpty()) {
        return; // nothing highlighted: highlightAfterFilter() shows why
    }
    if (m_typing) {
        m_typingPause->start();
    } else {
        showProfile(id);
    }
}

void BrowseView::showPendingProfile()
{
    m_typingPause->stop();
    const QString id = selectedRoleId();
    if (!id.isEmpty() && (id != m_profile->roleId() || m_pages->currentWidget() != m_profile)) {
        showProfile(id);
    }
}

void BrowseView::showProfile(const QString &roleId)
{
    m_typingPause->stop();
    m_pages->setCurrentWidget(m_profile);
    m_profile->showRole(roleId);
    if (!m_navigating) {
        m_history.visit(roleId);
    }
    updateHistoryActions();
    emit selectedRoleChanged(roleId);
}

void BrowseView::showNoMatch()
{
    const bool elsewhere = m_proxy->matchesOutsideCategory();
    m_noMatch->describe(m_search->text(), elsewhere ? QString() : m_proxy->suggestion(), elsewhere);
    m_pages->setCurrentWidget(m_noMatch);
    emit selectedRoleChanged(QString());
}

void BrowseView::openHighlighted()
{
    if (m_proxy->rowCount() == 0) {
        if (!m_noMatch->suggestion().isEmpty()) {
            m_search->setText(m_noMatch->suggestion());
        }
        return;
    }
    if (!m_list->currentIndex().isValid()) {
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    }
    showPendingProfile();
    m_list->setFocus(Qt::OtherFocusReason);
}

void BrowseView::updateCount()
{
    //: %1: the roles that match; %n: all the roles.
    m_count->setText(
        tr("%1 of %n role(s) match", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
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
        // Already highlighted (no change to signal), but maybe not yet shown.
        if (m_profile->roleId() != roleId || m_pages->currentWidget() != m_profile) {
            showProfile(roleId);
        }
    }
}

QString BrowseView::selectedRoleId() const
{
    return m_list->currentIndex().data(RoleListModel::IdRole).toString();
}

void BrowseView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BrowseView::goBack()
{
    navigate(m_history.back());
}

void BrowseView::goForward()
{
    navigate(m_history.forward());
}

void BrowseView::navigate(const QString &roleId)
{
    if (roleId.isEmpty()) {
        return;
    }
    m_navigating = true;
    selectRole(roleId);
    m_navigating = false;
    updateHistoryActions();
}

void BrowseView::updateHistoryActions()
{
    m_back->setEnabled(m_history.canGoBack());
    m_forward->setEnabled(m_history.canGoForward());
}

bool BrowseView::handleSideButton(QMouseEvent *event)
{
    if (event->button() == Qt::BackButton) {
        goBack();
    } else if (event->button() == Qt::ForwardButton) {
        goForward();
    } else {
        return false;
    }
    event->accept();
    return true;
}

bool BrowseView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress &&
        handleSideButton(static_cast<QMouseEvent *>(event))) {
        return true; // before the list takes the click as a selection
    }
    if (event->type() == QEvent::KeyPress && (watched == m_search || watched == m_list)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        // In the search field, the keys that move through a list move the highlight, so
        // that typing, arrowing to a role and Return need no Tab in between.
        if (watched == m_search &&
            (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up ||
             key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp)) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BrowseView::mousePressEvent(QMouseEvent *event)
{
    // Presses the children leave (labels, margins, the no-match page) arrive here.
    if (!handleSideButton(event)) {
        QWidget::mousePressEvent(event);
    }
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
