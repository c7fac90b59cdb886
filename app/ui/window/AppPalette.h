#pragma once

#include <QPalette>
#include <QString>

namespace rolelens {

// Palettes for an explicit --palette choice (screenshots, accessibility); without one the
// window follows the system's palette. Also the colours the views derive from a palette.
class AppPalette {
public:
    // Behind a value the user changed from the catalog's: the highlight faded into the base,
    // so that the text colour stays readable on it, light palette or dark.
    static QColor changedBackground(const QPalette &palette);
    static QPalette dark();
    static QPalette light();
    // Applies "light" or "dark" with the Fusion style; false for any other name.
    static bool apply(const QString &name);
};

} // namespace rolelens
