// The window as a whole: which views are built when, its minimum size, accessible names.

#include "app/ui/window/MainWindowTest.h"

#include "ui/advisor/AdvisorView.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"

#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QLineEdit>
#include <QListView>
#include <QScrollArea>
#include <QTextBrowser>

namespace rolelens {
namespace {

using testing::builtInCatalog;

TEST_F(MainWindowTest, OnlyTheViewOnScreenIsBuiltForTheFirstPaintTheOthersRightAfter)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("community-manager"), QStringLiteral("website-manager")});
    m_window->close();

    MainWindow restarted(builtInCatalog());
    restarted.restoreSettings();
    restarted.show();
    // Shown, not painted yet.
    EXPECT_EQ(restarted.currentView(), MainWindow::View::Browse);
    EXPECT_FALSE(restarted.isCompareViewBuilt());
    EXPECT_FALSE(restarted.isAdvisorViewBuilt());
    EXPECT_EQ(restarted.findChild<CompareView *>(), nullptr);

    // Shown: built at the page's size, with the roles of the last session, and painted at once.
    restarted.showView(MainWindow::View::Compare);
    ASSERT_TRUE(restarted.isCompareViewBuilt());
    EXPECT_FALSE(restarted.isAdvisorViewBuilt());
    CompareView *compare = restarted.findChild<CompareView *>();
    ASSERT_NE(compare, nullptr);
    EXPECT_TRUE(compare->isVisible());
    EXPECT_EQ(compare->geometry(), compare->parentWidget()->rect());
    EXPECT_EQ(compare->roles(), (QStringList{QStringLiteral("community-manager"),
                                             QStringLiteral("website-manager")}));
    EXPECT_EQ(restarted.compareView(), compare);

    // After the first paint, the rest, without being shown.
    EXPECT_TRUE(QTest::qWaitFor([&] { return restarted.isAdvisorViewBuilt(); }));
    EXPECT_EQ(restarted.currentView(), MainWindow::View::Compare);
    AdvisorView *advisor = restarted.findChild<AdvisorView *>();
    EXPECT_FALSE(advisor->isVisible());
    // Built hidden, shown later: it fills its page.
    restarted.showView(MainWindow::View::Advisor);
    EXPECT_TRUE(advisor->isVisible());
    EXPECT_EQ(advisor->geometry(), advisor->parentWidget()->rect());
    EXPECT_EQ(advisor->parentWidget()->size(), compare->parentWidget()->size());

    // Adding from Browse builds the comparison when it is not built yet.
    MainWindow fresh(builtInCatalog());
    fresh.browseView()->selectRole(QStringLiteral("marketing-strategist"));
    fresh.findChild<QAction *>(QStringLiteral("actionAddToComparison"))->trigger();
    EXPECT_TRUE(fresh.isCompareViewBuilt());
    EXPECT_EQ(fresh.compareView()->roles(), QStringList{QStringLiteral("marketing-strategist")});
}

TEST_F(MainWindowTest, TheViewsMinimumSizeIsEveryViewsFromTheFirstPaintOn)
{
    MainWindow window(builtInCatalog());
    window.show();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.isCompareViewBuilt() && window.isAdvisorViewBuilt(); }));
    QApplication::sendPostedEvents(); // the layouts' requests
    // The views sit in a scroll area that scrolls them only on a screen too small for them.
    const auto *area = qobject_cast<const QScrollArea *>(window.centralWidget());
    ASSERT_NE(area, nullptr);
    const QWidget *views = area->widget();
    const QSize minimum = views->minimumSizeHint();
    EXPECT_GE(minimum.width(), window.advisorView()->minimumSizeHint().width());
    EXPECT_GE(minimum.height(), window.advisorView()->minimumSizeHint().height());
    // Whichever view shows, neither their minimum nor the window's size changes.
    const QSize size = window.size();
    for (const auto view : {MainWindow::View::Advisor, MainWindow::View::Compare}) {
        window.showView(view);
        QApplication::sendPostedEvents();
        EXPECT_EQ(views->minimumSizeHint(), minimum);
        EXPECT_EQ(window.size(), size);
    }
}

TEST_F(MainWindowTest, EveryControlHasAnAccessibleName)
{
    // Every view, not only the one built at start.
    ASSERT_NE(m_window->compareView(), nullptr);
    ASSERT_NE(m_window->advisorView(), nullptr);
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QListView *>(widget) ||
            qobject_cast<QTextBrowser *>(widget) || qobject_cast<QChartView *>(widget);
        if (control) {
            EXPECT_FALSE(widget->accessibleName().isEmpty())
                << widget->metaObject()->className() << " " << qPrintable(widget->objectName())
                << " in "
                << (widget->parentWidget() ? widget->parentWidget()->metaObject()->className()
                                           : "");
        }
    }
}

} // namespace
} // namespace rolelens
