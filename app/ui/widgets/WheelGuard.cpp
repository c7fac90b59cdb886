#include "ui/widgets/WheelGuard.h"

#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QScrollBar>

namespace rolelens {

void WheelGuard::install()
{
    QCoreApplication *application = QCoreApplication::instance();
    if (!application ||
        application->findChild<WheelGuard *>(QString(), Qt::FindDirectChildrenOnly)) {
        return;
    }
    application->installEventFilter(new WheelGuard(application));
    // Widgets polished before now never see the Polish event the filter watches for.
    for (QWidget *widget : QApplication::allWidgets()) {
        keepWheelFromFocusing(widget);
    }
}

bool WheelGuard::guards(const QObject *object)
{
    // A scroll bar is a slider too, but scrolling is what the wheel is for.
    return qobject_cast<const QAbstractSpinBox *>(object) ||
           qobject_cast<const QComboBox *>(object) ||
           (qobject_cast<const QAbstractSlider *>(object) &&
            !qobject_cast<const QScrollBar *>(object));
}

void WheelGuard::keepWheelFromFocusing(QWidget *widget)
{
    // Qt::WheelFocus would focus the field under a scrolling pointer before any filter sees
    // the wheel, and a focused field takes the next turn of the wheel.
    if (guards(widget) && widget->focusPolicy() == Qt::WheelFocus) {
        widget->setFocusPolicy(Qt::StrongFocus);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish && watched->isWidgetType()) {
        keepWheelFromFocusing(static_cast<QWidget *>(watched));
    } else if (event->type() == QEvent::Wheel && guards(watched)) {
        const auto *field = static_cast<const QWidget *>(watched);
        if (!field->hasFocus() && !field->isAncestorOf(QApplication::focusWidget())) {
            // Ignored and not delivered: QApplication passes an ignored wheel event on to the
            // parent, and so on up to the scroll area, which scrolls.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rolelens
