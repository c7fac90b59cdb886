#pragma once

#include <QString>

namespace rolelens {

// Tells, before a QApplication is built, whether a window can be shown at all, so that a
// missing display gets one clear sentence instead of Qt's abort.
class DisplayCheck {
public:
    // Empty when a display (or an explicit QT_QPA_PLATFORM) is available; otherwise the
    // reason, in one line.
    static QString problem();
};

} // namespace rolelens
