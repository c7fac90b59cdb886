// The session a restart brings back, for views built and views never built.

#include "app/ui/window/MainWindowTest.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/window/Settings.h"

#include <QSplitter>

namespace rolelens {
namespace {

using testing::builtInCatalog;

TEST_F(MainWindowTest, SettingsSurviveARestart)
{
    m_window->resize(1000, 700);
    m_window->browseView()->selectRole(QStringLiteral("community-manager"));
    m_window->compareView()->setRoles({QStringLiteral("website-manager"),
                                       QStringLiteral("marketing-strategist"),
                                       QStringLiteral("administrative-assistant")});
    m_window->showView(MainWindow::View::Compare);
    m_window->close();

    MainWindow restarted(builtInCatalog());
    restarted.restoreSettings();
    EXPECT_EQ(restarted.browseView()->selectedRoleId(), QStringLiteral("community-manager"));
    EXPECT_EQ(
        restarted.compareView()->roles(),
        (QStringList{QStringLiteral("website-manager"), QStringLiteral("marketing-strategist"),
                     QStringLiteral("administrative-assistant")}));
    EXPECT_EQ(restarted.currentView(), MainWindow::View::Compare);
    EXPECT_EQ(restarted.size(), QSize(1000, 700));
}

TEST_F(MainWindowTest, ViewsNeverBuiltKeepTheLastSessionsStateWhenSaved)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("community-manager"), QStringLiteral("website-manager")});
    m_window->showView(MainWindow::View::Advisor);
    m_window->advisorView()->splitter()->setSizes({300, 800});
    const QByteArray advisorSplitter = m_window->advisorView()->splitter()->saveState();
    m_window->showView(MainWindow::View::Browse);
    m_window->close();

    // A session that never builds Compare or Advisor (never painted: they are built right
    // after the first paint) saves what it restored for them.
    {
        MainWindow browsing(builtInCatalog());
        browsing.restoreSettings();
        browsing.close();
        EXPECT_FALSE(browsing.isCompareViewBuilt());
        EXPECT_FALSE(browsing.isAdvisorViewBuilt());
    }
    EXPECT_EQ(
        Settings::value(Settings::Key::ComparedRoles).toStringList(),
        (QStringList{QStringLiteral("community-manager"), QStringLiteral("website-manager")}));
    EXPECT_EQ(Settings::value(Settings::Key::AdvisorSplitter).toByteArray(), advisorSplitter);

    MainWindow restarted(builtInCatalog());
    restarted.restoreSettings();
    restarted.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&restarted));
    restarted.showView(MainWindow::View::Advisor);
    EXPECT_EQ(restarted.advisorView()->splitter()->saveState(), advisorSplitter);
}

} // namespace
} // namespace rolelens
