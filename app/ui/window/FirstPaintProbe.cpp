#include "ui/window/FirstPaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace rolelens {

FirstPaintProbe::Wait FirstPaintProbe::requested()
{
    const QByteArray value = qgetenv("ROLELENS_QUIT_AFTER_FIRST_PAINT");
    if (value.isEmpty()) {
        return Wait::None;
    }
    return value == "catalog" ? Wait::CatalogPaint : Wait::AnyPaint;
}

FirstPaintProbe::FirstPaintProbe(QWidget *window, std::function<bool()> isReady)
    : QObject(window), m_window(window), m_isReady(std::move(isReady))
{
    // The paint events of every widget pass through the application.
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    const auto *widget = qobject_cast<QWidget *>(watched);
    if (!m_painted && event->type() == QEvent::Paint && widget && widget->window() == m_window &&
        (!m_isReady || m_isReady())) {
        m_painted = true;
        // After this paint has finished: queued behind it.
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rolelens
