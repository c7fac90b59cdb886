// The window fits the screen: its default size fits the available screen, every view fits a
// 1366 × 768 screen at 150 % scale without scrolling, a smaller screen makes the views scroll
// rather than the window run off it, and adding roles to the comparison never resizes it.

#include "app/ui/window/MainWindowTest.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/compare/CompareView.h"

#include <QApplication>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>

namespace rolelens {
namespace {

// A 1366 × 768 screen at 150 %, in logical pixels, less a 40-pixel taskbar and a 30-pixel
// title bar (the minimum size is the window's inside).
constexpr QSize kSmallScreen{1366 * 2 / 3, (768 - 40 - 30) * 2 / 3};

const QStringList kFourRoles{
    QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
    QStringLiteral("social-media-marketer"), QStringLiteral("community-manager")};

// Whether the views had to scroll inside the window because it is smaller than they need.
bool viewsScroll(const MainWindow &window)
{
    const auto *area = qobject_cast<const QScrollArea *>(window.centralWidget());
    EXPECT_NE(area, nullptr);
    return area &&
           (area->horizontalScrollBar()->maximum() > 0 || area->verticalScrollBar()->maximum() > 0);
}

TEST_F(MainWindowTest, EveryViewFitsASmallScreenAtOneAndAHalfTimesScaleWithoutScrolling)
{
    // The first-run hint is shown once, and closed it is gone for good.
    auto *closeHint = m_window->findChild<QToolButton *>(QStringLiteral("firstRunClose"));
    ASSERT_NE(closeHint, nullptr);
    closeHint->click();
    m_window->compareView()->setRoles(kFourRoles);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_window->isCompareViewBuilt() && m_window->isAdvisorViewBuilt(); }));
    m_window->resize(kSmallScreen);
    for (const auto view :
         {MainWindow::View::Browse, MainWindow::View::Compare, MainWindow::View::Advisor}) {
        m_window->showView(view);
        QApplication::sendPostedEvents();
        EXPECT_EQ(m_window->size(), kSmallScreen) << static_cast<int>(view);
        EXPECT_FALSE(viewsScroll(*m_window)) << static_cast<int>(view);
    }
}

// Smaller than any view can be laid out in (a 1400 × 900 screen at 2x scale has 700 × 450
// logical pixels), the window still fits, and the views scroll instead of being cut off.
TEST_F(MainWindowTest, OnAScreenSmallerThanTheViewsTheWindowFitsAndTheViewsScroll)
{
    constexpr QSize kTinyScreen{700, 450 - 40 - 30};
    m_window->showView(MainWindow::View::Advisor);
    ASSERT_TRUE(QTest::qWaitFor([&] { return m_window->isAdvisorViewBuilt(); }));
    m_window->resize(kTinyScreen);
    QApplication::sendPostedEvents();
    EXPECT_LE(m_window->width(), kTinyScreen.width());
    EXPECT_LE(m_window->height(), kTinyScreen.height());
    EXPECT_TRUE(viewsScroll(*m_window));
}

TEST_F(MainWindowTest, TheDefaultSizeFitsTheAvailableScreen)
{
    const QRect available = m_window->screen()->availableGeometry();
    EXPECT_LE(m_window->frameGeometry().width(), available.width());
    EXPECT_LE(m_window->frameGeometry().height(), available.height());
}

TEST_F(MainWindowTest, AddingRolesToTheComparisonNeverResizesTheWindow)
{
    m_window->showView(MainWindow::View::Compare);
    QApplication::sendPostedEvents();
    const QSize before = m_window->size();
    QStringList roles;
    for (const auto &id : kFourRoles) {
        roles.append(id);
        m_window->compareView()->setRoles(roles);
        QApplication::sendPostedEvents();
        EXPECT_EQ(m_window->size(), before) << roles.size() << " roles";
    }
}

// The first start says that an Advisor and examples exist; the hint leads there and is not
// shown again.
TEST_F(MainWindowTest, TheFirstStartHintsAtTheAdvisorAndItsExamplesOnce)
{
    auto *hint = m_window->findChild<QWidget *>(QStringLiteral("firstRunHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isVisible());
    m_window->findChild<QPushButton *>(QStringLiteral("firstRunOpenAdvisor"))->click();
    EXPECT_FALSE(hint->isVisible());
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    EXPECT_FALSE(m_window->advisorView()->scenario().goals.isEmpty()) << "an example is open";

    MainWindow again(testing::builtInCatalog());
    again.restoreSettings();
    again.show();
    EXPECT_FALSE(again.findChild<QWidget *>(QStringLiteral("firstRunHint"))->isVisible());
}

} // namespace
} // namespace rolelens
