// The keyboard's path through each view: every stop Tab reaches is shown, enabled and has a
// name a screen reader can say.

#include "app/ui/window/MainWindowTest.h"
#include "ui/compare/CompareView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QTabBar>

namespace rolelens {
namespace {

// The widgets Tab stops at, once round the window's focus chain.
QList<QWidget *> tabStops(QWidget *window)
{
    QList<QWidget *> stops;
    QWidget *start = window->findChild<QTabBar *>();
    QWidget *current = start;
    for (int guard = 0; guard < 1000; ++guard) {
        current = current->nextInFocusChain();
        if (current == start) {
            break;
        }
        if ((current->focusPolicy() & Qt::TabFocus) && current->isVisibleTo(window) &&
            current->isEnabled()) {
            stops.append(current);
        }
    }
    return stops;
}

// What a screen reader says for it: its accessible name, a button's text, a tab bar's tabs.
bool named(const QWidget *stop)
{
    if (!stop->accessibleName().isEmpty() || qobject_cast<const QTabBar *>(stop)) {
        return true;
    }
    const auto *button = qobject_cast<const QAbstractButton *>(stop);
    return button && !button->text().isEmpty();
}

TEST_F(MainWindowTest, EveryTabStopOfEveryViewIsShownAndNamed)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer")});
    for (const auto view :
         {MainWindow::View::Browse, MainWindow::View::Compare, MainWindow::View::Advisor}) {
        m_window->showView(view);
        QApplication::sendPostedEvents();
        const QList<QWidget *> stops = tabStops(m_window.get());
        EXPECT_GE(stops.size(), 5) << static_cast<int>(view);
        for (const QWidget *stop : stops) {
            EXPECT_TRUE(named(stop))
                << static_cast<int>(view) << " " << stop->metaObject()->className() << " "
                << qPrintable(stop->objectName()) << " has no name";
            EXPECT_GT(stop->width(), 0);
            EXPECT_GT(stop->height(), 0);
        }
    }
}

} // namespace
} // namespace rolelens
