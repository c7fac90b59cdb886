// Browse from the keyboard (issue 17): Return, the arrows and Ctrl+D act on the highlighted
// role, which the profile shows; a search that finds nothing says so and suggests; Escape
// clears the search; Back and Forward; citations read without a mouse.

#include "app/ui/window/MainWindowTest.h"
#include "charts/MetricChartBuilder.h"
#include "html/HtmlRenderer.h"
#include "report/builders/ProfileDocument.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/NoMatchPage.h"
#include "ui/browse/ProfileView.h"
#include "ui/browse/RoleListModel.h"
#include "ui/compare/CompareView.h"
#include "ui/widgets/LinkBrowser.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QToolTip>

namespace rolelens {
namespace {

class MainWindowKeyboardTest : public MainWindowTest {
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        // Shortcuts answer only in the active window.
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        m_browse = m_window->browseView();
        m_window->compareView()->setRoles({});
        m_browse->selectRole(QStringLiteral("social-media-manager"));
    }

    void search(const QString &text)
    {
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier); // Find
        EXPECT_TRUE(m_browse->searchField()->hasFocus());
        QTest::keyClicks(m_browse->searchField(), text);
    }

    QString highlighted() const
    {
        return m_browse->roleList()->currentIndex().data(RoleListModel::IdRole).toString();
    }

    QString shownInProfile() const
    {
        return m_browse->profile()->isVisible() ? m_browse->profile()->roleId() : QString();
    }

    QWidget *focused() const { return QApplication::focusWidget(); }

    BrowseView *m_browse = nullptr;
};

TEST_F(MainWindowKeyboardTest, ReturnAfterTypingOpensTheHighlightedRole)
{
    search(QStringLiteral("customer"));
    // The best match is highlighted: the role named so, not the first in the catalog that
    // mentions customers (the social media manager).
    EXPECT_EQ(highlighted(), QStringLiteral("customer-service-specialist"));
    QTest::keyClick(focused(), Qt::Key_Return);
    EXPECT_EQ(shownInProfile(), QStringLiteral("customer-service-specialist"));
    EXPECT_TRUE(m_browse->profile()->browser()->toPlainText().startsWith(
        QStringLiteral("Customer service specialist")));
    EXPECT_EQ(m_browse->selectedRoleId(), QStringLiteral("customer-service-specialist"));
}

TEST_F(MainWindowKeyboardTest, ArrowDownThenReturnActsOnTheRowArrivedAt)
{
    search(QStringLiteral("manager"));
    const QAbstractItemModel *rows = m_browse->roleList()->model();
    ASSERT_GE(rows->rowCount(), 3);
    const QString second = rows->index(1, 0).data(RoleListModel::IdRole).toString();
    const QString third = rows->index(2, 0).data(RoleListModel::IdRole).toString();
    // Down in the search field moves the highlight, and the profile follows it at once.
    QTest::keyClick(m_browse->searchField(), Qt::Key_Down);
    EXPECT_EQ(highlighted(), second);
    EXPECT_EQ(shownInProfile(), second);
    QTest::keyClick(m_browse->searchField(), Qt::Key_Return);
    EXPECT_EQ(shownInProfile(), second);
    // In the list, Return adds the highlighted role to the comparison.
    EXPECT_EQ(focused(), m_browse->roleList());
    QTest::keyClick(m_browse->roleList(), Qt::Key_Down);
    EXPECT_EQ(highlighted(), third);
    EXPECT_EQ(shownInProfile(), third);
    QTest::keyClick(m_browse->roleList(), Qt::Key_Return);
    EXPECT_EQ(m_window->compareView()->roles(), QStringList{third});
    EXPECT_EQ(shownInProfile(), third);
}

TEST_F(MainWindowKeyboardTest, TheProfileFollowsTheHighlightOnceTypingPauses)
{
    search(QStringLiteral("public"));
    EXPECT_EQ(highlighted(), QStringLiteral("public-relations-specialist"));
    EXPECT_TRUE(QTest::qWaitFor(
        [this] { return shownInProfile() == QStringLiteral("public-relations-specialist"); },
        2000));
    EXPECT_TRUE(m_browse->searchField()->hasFocus()); // typing may go on
}

TEST_F(MainWindowKeyboardTest, ACategoryWithoutTheRoleHighlightsOneOfItsOwn)
{
    auto *category = m_window->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    category->setCurrentIndex(category->findData(QStringLiteral("Web")));
    EXPECT_EQ(highlighted(), QStringLiteral("website-manager"));
    EXPECT_EQ(shownInProfile(), QStringLiteral("website-manager"));

    // A search this category does not answer points to the others, and keeps the search.
    search(QStringLiteral("influencer"));
    NoMatchPage *page = m_browse->noMatchPage();
    ASSERT_TRUE(page->isVisible());
    EXPECT_FALSE(page->suggestionButton()->isVisible());
    auto *showAll = page->findChild<QCommandLinkButton *>(QStringLiteral("showAllRolesButton"));
    ASSERT_NE(showAll, nullptr);
    EXPECT_EQ(showAll->text(), QStringLiteral("Show all categories"));
    QTest::mouseClick(showAll, Qt::LeftButton);
    EXPECT_EQ(category->currentIndex(), 0);
    EXPECT_EQ(m_browse->searchField()->text(), QStringLiteral("influencer"));
    EXPECT_EQ(shownInProfile(), QStringLiteral("social-media-influencer"));
}

TEST_F(MainWindowKeyboardTest, TypeReturnCtrlDAddsTheHighlightedRole)
{
    search(QStringLiteral("public"));
    QTest::keyClick(focused(), Qt::Key_Return);
    QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_EQ(m_window->compareView()->roles(),
              QStringList{QStringLiteral("public-relations-specialist")});
    // Ctrl+D straight after typing, before the profile has caught up, takes the highlight too.
    search(QStringLiteral("influencer"));
    QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_EQ(m_window->compareView()->roles(),
              (QStringList{QStringLiteral("public-relations-specialist"),
                           QStringLiteral("social-media-influencer")}));
}

TEST_F(MainWindowKeyboardTest, NoMatchClearsTheProfileAndSuggests)
{
    search(QStringLiteral("infuencer"));
    EXPECT_EQ(m_browse->roleList()->model()->rowCount(), 0);
    // No profile of a role that is not listed, and nothing for Ctrl+D to add.
    EXPECT_FALSE(m_browse->profile()->isVisible());
    EXPECT_EQ(m_browse->selectedRoleId(), QString());
    QTest::keyClick(focused(), Qt::Key_D, Qt::ControlModifier);
    EXPECT_TRUE(m_window->compareView()->roles().isEmpty());
    NoMatchPage *page = m_browse->noMatchPage();
    ASSERT_TRUE(page->isVisible());
    EXPECT_EQ(page->message()->text(), QStringLiteral("No role matches “infuencer”."));
    QCommandLinkButton *suggestion = page->suggestionButton();
    ASSERT_TRUE(suggestion->isVisible());
    EXPECT_EQ(suggestion->text(), QStringLiteral("Did you mean “influencer”?"));

    // The suggestion is a button for the mouse and Space, and Return in the search takes it.
    QTest::keyClick(focused(), Qt::Key_Return);
    EXPECT_EQ(m_browse->searchField()->text(), QStringLiteral("influencer"));
    EXPECT_EQ(highlighted(), QStringLiteral("social-media-influencer"));
    QTest::keyClick(focused(), Qt::Key_Return);
    EXPECT_EQ(shownInProfile(), QStringLiteral("social-media-influencer"));

    search(QStringLiteral("Werbng"));
    ASSERT_TRUE(page->isVisible());
    suggestion->setFocus();
    QTest::keyClick(suggestion, Qt::Key_Space);
    EXPECT_EQ(m_browse->searchField()->text(), QStringLiteral("werbung"));
    const QAbstractItemModel *rows = m_browse->roleList()->model();
    ASSERT_GT(rows->rowCount(), 0);
    EXPECT_EQ(highlighted(), rows->index(0, 0).data(RoleListModel::IdRole).toString());
}

TEST_F(MainWindowKeyboardTest, EscapeClearsTheSearchAndKeepsTheRole)
{
    search(QStringLiteral("customer"));
    const int all = static_cast<int>(m_window->catalog().roles().size());
    ASSERT_LT(m_browse->roleList()->model()->rowCount(), all);
    QTest::keyClick(m_browse->searchField(), Qt::Key_Escape);
    EXPECT_EQ(m_browse->searchField()->text(), QString());
    EXPECT_EQ(m_browse->roleList()->model()->rowCount(), all);
    EXPECT_EQ(highlighted(), QStringLiteral("customer-service-specialist"));
    EXPECT_EQ(shownInProfile(), QStringLiteral("customer-service-specialist"));

    // From the list too, and from the "nothing matches" page back to the role shown before.
    search(QStringLiteral("zzzz"));
    EXPECT_FALSE(m_browse->profile()->isVisible());
    m_browse->roleList()->setFocus();
    QTest::keyClick(m_browse->roleList(), Qt::Key_Escape);
    EXPECT_EQ(m_browse->searchField()->text(), QString());
    EXPECT_EQ(shownInProfile(), QStringLiteral("customer-service-specialist"));
}

// Puts the keyboard on the profile's first link whose address starts with `prefix`.
bool focusLink(LinkBrowser *browser, const QString &prefix)
{
    browser->setFocus(Qt::TabFocusReason);
    for (int step = 0; step < 500; ++step) {
        QTest::keyClick(browser, Qt::Key_Down);
        if (browser->focusedLink().startsWith(prefix)) {
            return true;
        }
    }
    return false;
}

TEST_F(MainWindowKeyboardTest, BackAndForwardWalkTheRolesShown)
{
    QAction *back = m_browse->backAction();
    QAction *forward = m_browse->forwardAction();
    LinkBrowser *browser = m_browse->profile()->browser();
    // Follow a role link from the keyboard, as a help browser's reader would.
    ASSERT_TRUE(focusLink(browser, QStringLiteral("role:public-relations-specialist")));
    QTest::keyClick(browser, Qt::Key_Return);
    EXPECT_EQ(shownInProfile(), QStringLiteral("public-relations-specialist"));
    EXPECT_TRUE(back->isEnabled());
    EXPECT_FALSE(forward->isEnabled());

    browser->setFocus();
    QTest::keyClick(browser, Qt::Key_Left, Qt::AltModifier);
    EXPECT_EQ(shownInProfile(), QStringLiteral("social-media-manager"));
    EXPECT_EQ(highlighted(), QStringLiteral("social-media-manager"));
    EXPECT_TRUE(forward->isEnabled());
    QTest::keyClick(browser, Qt::Key_Right, Qt::AltModifier);
    EXPECT_EQ(shownInProfile(), QStringLiteral("public-relations-specialist"));

    // The mouse's side buttons, over the profile or over the list.
    QTest::mouseClick(browser->viewport(), Qt::BackButton);
    EXPECT_EQ(shownInProfile(), QStringLiteral("social-media-manager"));
    QTest::mouseClick(m_browse->roleList()->viewport(), Qt::ForwardButton);
    EXPECT_EQ(shownInProfile(), QStringLiteral("public-relations-specialist"));
    // The view's buttons and the Roles menu hold the same actions.
    back->trigger();
    EXPECT_EQ(shownInProfile(), QStringLiteral("social-media-manager"));

    // Showing another role drops what was ahead, as in a browser.
    m_browse->selectRole(QStringLiteral("community-manager"));
    EXPECT_FALSE(forward->isEnabled());
    back->trigger();
    EXPECT_EQ(shownInProfile(), QStringLiteral("social-media-manager"));
}

TEST_F(MainWindowKeyboardTest, ReturnOnAFocusedCitationShowsItsQuote)
{
    LinkBrowser *browser = m_browse->profile()->browser();
    // One Tab stop: Tab from the list lands in the profile text, and the next Tab leaves it.
    m_browse->roleList()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(m_browse->roleList(), Qt::Key_Tab);
    EXPECT_EQ(focused(), browser);

    ASSERT_TRUE(focusLink(browser, QStringLiteral("cite:")));
    QToolTip::hideText();
    QTest::keyClick(browser, Qt::Key_Return);
    ASSERT_TRUE(QToolTip::isVisible());
    // The quotes behind that reference number, as the hover shows them.
    HtmlRenderer html(m_window->catalog(), browser->palette());
    html.render(ProfileDocument::build(m_window->catalog(), role("social-media-manager")));
    const QString expected = html.citationToolTip(browser->focusedLink().mid(5).toInt());
    EXPECT_TRUE(expected.contains(QStringLiteral("“")));
    EXPECT_EQ(QToolTip::text(), expected);

    // Space on a metric shows its definition.
    ASSERT_TRUE(focusLink(browser, QStringLiteral("metric:")));
    QToolTip::hideText();
    QTest::keyClick(browser, Qt::Key_Space);
    ASSERT_TRUE(QToolTip::isVisible());
    const QString metricId = browser->focusedLink().mid(7);
    EXPECT_EQ(QToolTip::text(), MetricChartBuilder::metricToolTip(m_window->catalog(), metricId));
    EXPECT_FALSE(QToolTip::text().isEmpty());

    QTest::keyClick(browser, Qt::Key_Tab);
    EXPECT_NE(focused(), browser);
}

} // namespace
} // namespace rolelens
