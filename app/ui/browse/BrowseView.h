#pragma once

#include "catalog/Catalog.h"
#include "catalog/SearchIndex.h"
#include "ui/browse/RoleHistory.h"

#include <QWidget>

#include <memory>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QStackedWidget;
class QTimer;
QT_END_NAMESPACE

namespace rolelens {

class CategoryFilter;
class HistoryBar;
class NoMatchPage;
class ProfileView;
class RoleFilterProxyModel;
class RoleListModel;

// Browse the catalog: a searchable, filterable role list beside the highlighted role's
// profile. The profile always shows the list's highlighted row (the current index), and what
// acts on "the role" (Return, Add to comparison, export) takes that row; when the search finds
// nothing, a page says so and offers the search it probably meant instead of a stale profile.
// Back and Forward (Alt+Left/Right, the mouse's side buttons) walk the roles shown, as in a
// help browser.
class BrowseView : public QWidget {
    Q_OBJECT

public:
    // `searchIndex`: SearchIndex::ofRoles(catalog) when built already, or null.
    explicit BrowseView(const Catalog &catalog,
                        std::shared_ptr<const SearchIndex> searchIndex = nullptr,
                        QWidget *parent = nullptr);

    // Highlights the role and shows its profile, clearing a search or category that hides it.
    void selectRole(const QString &roleId);
    // The highlighted role: empty when the search finds none.
    QString selectedRoleId() const;
    void focusSearch();
    void goBack();
    void goForward();

    QLineEdit *searchField() const { return m_search; }
    QListView *roleList() const { return m_list; }
    QSplitter *splitter() const { return m_splitter; }
    ProfileView *profile() const { return m_profile; }
    NoMatchPage *noMatchPage() const { return m_noMatch; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }

signals:
    // The role now shown; empty when the search finds none.
    void selectedRoleChanged(const QString &roleId);
    void addToComparisonRequested(const QString &roleId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    // While typing, the profile waits for this pause before it follows the highlight, so that
    // keystrokes are not held up by laying out a long profile for each passing match.
    static constexpr int kTypingPauseMs = 120;

    QWidget *createSide();
    QWidget *createProfileSide();
    void createHistoryActions();
    // The role list's width: its longest title's, within reason.
    int listWidth() const;
    // After the query or the category changed: highlights the best match while searching,
    // keeps the highlighted role while it is still listed, or says that nothing matches.
    void highlightAfterFilter(bool queryChanged);
    void highlightChanged(const QModelIndex &current);
    void showProfile(const QString &roleId);
    void showNoMatch();
    // Shows at once the role whose profile waits for a pause in typing.
    void showPendingProfile();
    // Return in the search field: the highlighted role, or the suggested search.
    void openHighlighted();
    void navigate(const QString &roleId);
    void updateHistoryActions();
    void updateCount();
    void showContextMenu(const QPoint &position);
    // The mouse's back and forward buttons; true when handled.
    bool handleSideButton(QMouseEvent *event);

    const Catalog &m_catalog;
    RoleListModel *m_model;
    RoleFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    CategoryFilter *m_category;
    QLabel *m_count;
    QListView *m_list;
    ProfileView *m_profile;
    NoMatchPage *m_noMatch;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QTimer *m_typingPause;
    HistoryBar *m_historyBar;
    RoleHistory m_history;
    bool m_typing = false;     // the highlight moves because of a keystroke in the search
    bool m_navigating = false; // Back or Forward: not a new step in the history
};

} // namespace rolelens
