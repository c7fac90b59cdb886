#include "FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace rolelens {

bool FirstPaintProbe::requested()
{
    return !qEnvironmentVariableIsEmpty("ROLELENS_QUIT_AFTER_FIRST_PAINT");
}

FirstPaintProbe::FirstPaintProbe(QWidget *window) : QObject(window), m_window(window)
{
    // The paint events of every widget pass through the application.
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (!m_painted && event->type() == QEvent::Paint && widget && widget->window() == m_window) {
        m_painted = true;
        // After this paint has finished: queued behind it.
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rolelens
