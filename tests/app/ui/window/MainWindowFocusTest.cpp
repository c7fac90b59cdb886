// The keyboard's path through each view: every stop Tab reaches is shown, enabled and has a
// name a screen reader can say, and Tab meets them top-left to bottom-right.

#include "app/ui/window/MainWindowTest.h"
#include "ui/compare/CompareView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QScrollArea>
#include <QTabBar>

namespace rolelens {
namespace {

// The widgets Tab stops at, once round the window, as the keyboard meets them: from the
// first stop of the focus chain, pressing Tab until focus comes back to it.
QList<QWidget *> tabStops(QWidget *window)
{
    window->activateWindow();
    EXPECT_TRUE(QTest::qWaitForWindowActive(window));
    QWidget *first = window;
    do {
        first = first->nextInFocusChain();
    } while (first != window &&
             !((first->focusPolicy() & Qt::TabFocus) && first->isVisibleTo(window) &&
               first->isEnabled() && !first->focusProxy()));
    first->setFocus(Qt::TabFocusReason);
    QList<QWidget *> stops{QApplication::focusWidget()};
    for (int guard = 0; guard < 200; ++guard) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *current = QApplication::focusWidget();
        if (current == stops.first()) {
            return stops;
        }
        if (!current || stops.contains(current)) {
            ADD_FAILURE() << "Tab is caught in a loop at "
                          << (current ? current->metaObject()->className() : "nothing");
            break;
        }
        stops.append(current);
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

// Where the widget is laid out in the window: inside a scroll area, where it sits in the
// whole scrolled page, so that stops Tab scrolled past keep their order.
QRect laidOut(const QWidget *stop, const QWidget *window)
{
    for (const QWidget *parent = stop->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        if (const auto *area = qobject_cast<const QScrollArea *>(parent);
            area && area->widget() && area->widget()->isAncestorOf(stop)) {
            return {area->viewport()->mapTo(window, QPoint(0, 0)) +
                        stop->mapTo(area->widget(), QPoint(0, 0)),
                    stop->size()};
        }
    }
    return {stop->mapTo(window, QPoint(0, 0)), stop->size()};
}

QString described(const QWidget *stop, const QWidget *window)
{
    const QRect r = laidOut(stop, window);
    return QStringLiteral("%1 '%2' at %3,%4 %5x%6")
        .arg(QString::fromLatin1(stop->metaObject()->className()),
             stop->accessibleName().isEmpty() ? stop->objectName() : stop->accessibleName())
        .arg(r.x())
        .arg(r.y())
        .arg(r.width())
        .arg(r.height());
}

// Reading order, top-left to bottom-right: the next stop is never wholly above the one
// before while not wholly right of it (a later column may start higher), nor wholly left of
// it on the same line.
bool readsBefore(const QRect &next, const QRect &previous)
{
    const bool above = next.bottom() < previous.top();
    const bool rightOf = next.left() > previous.right();
    const bool leftOf = next.right() < previous.left();
    const bool sameLine = next.top() <= previous.bottom() && next.bottom() >= previous.top();
    return (above && !rightOf) || (leftOf && sameLine);
}

TEST_F(MainWindowTest, EveryTabStopOfEveryViewIsShownNamedAndInReadingOrder)
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
            EXPECT_TRUE(stop->isVisible());
            EXPECT_GT(stop->width(), 0);
            EXPECT_GT(stop->height(), 0);
        }
        for (qsizetype i = 1; i < stops.size(); ++i) {
            EXPECT_FALSE(readsBefore(laidOut(stops[i], m_window.get()),
                                     laidOut(stops[i - 1], m_window.get())))
                << static_cast<int>(view) << ": " << qPrintable(described(stops[i], m_window.get()))
                << " follows " << qPrintable(described(stops[i - 1], m_window.get()));
        }
    }
}

} // namespace
} // namespace rolelens
