// The window fits the screen: its default size fits the available screen, its minimum fits a
// 1366 × 768 screen at 150 % scale, and adding roles to the comparison never resizes it.

#include "app/ui/window/MainWindowTest.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/compare/CompareView.h"

#include <QApplication>
#include <QPushButton>
#include <QScreen>
#include <QToolButton>

namespace rolelens {
namespace {

// A 1366 × 768 screen at 150 %, in logical pixels, less a 40-pixel taskbar and a 30-pixel
// title bar (the minimum size is the window's inside).
constexpr QSize kSmallScreen{1366 * 2 / 3, (768 - 40 - 30) * 2 / 3};

const QStringList kFourRoles{
    QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
    QStringLiteral("social-media-marketer"), QStringLiteral("community-manager")};

TEST_F(MainWindowTest, TheMinimumSizeFitsASmallScreenAtOneAndAHalfTimesScale)
{
    // The first-run hint is shown once, and closed it is gone for good.
    auto *closeHint = m_window->findChild<QToolButton *>(QStringLiteral("firstRunClose"));
    ASSERT_NE(closeHint, nullptr);
    closeHint->click();
    m_window->compareView()->setRoles(kFourRoles);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return m_window->isCompareViewBuilt() && m_window->isAdvisorViewBuilt(); }));
    for (const auto view :
         {MainWindow::View::Browse, MainWindow::View::Compare, MainWindow::View::Advisor}) {
        m_window->showView(view);
        QApplication::sendPostedEvents();
        const QSize minimum = m_window->minimumSizeHint();
        EXPECT_LE(minimum.width(), kSmallScreen.width()) << static_cast<int>(view);
        EXPECT_LE(minimum.height(), kSmallScreen.height()) << static_cast<int>(view);
    }
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
