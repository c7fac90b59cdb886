#include "launcher/DisplayCheck.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace rolelens {

QString DisplayCheck::problem()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") ||
        !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        return {};
    }
    const QString display = qEnvironmentVariable("DISPLAY");
    if (display.isEmpty()) {
        return QCoreApplication::translate("DisplayCheck",
                                           "no display is available (DISPLAY is not set)");
    }
    // A local X display ":N" has a socket; checking it avoids xcb's abort when the server is gone.
    static const QRegularExpression local(QStringLiteral("^(unix)?:(\\d+)(\\.\\d+)?$"));
    const auto match = local.match(display);
    if (match.hasMatch() &&
        !QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X") + match.captured(2))) {
        return QCoreApplication::translate("DisplayCheck", "no X server answers on display %1")
            .arg(display);
    }
    return {};
}

} // namespace rolelens
