#pragma once

#include <QPalette>
#include <QString>

namespace rolelens {

// Palettes for an explicit --palette choice (screenshots, accessibility); without one the
// window follows the system's palette.
class AppPalette {
public:
    static QPalette dark();
    static QPalette light();
    // Applies "light" or "dark" with the Fusion style; false for any other name.
    static bool apply(const QString &name);
};

} // namespace rolelens
