#pragma once

#include <QColor>

namespace rolelens {

// WCAG 2.x contrast between two colours, and the least each kind of mark needs: the test that
// every chart colour is readable on the light and the dark palette, and on paper, asks here.
class ColorContrast {
public:
    // WCAG 2.1 SC 1.4.11 Non-text Contrast (AA): parts of graphics needed to understand the
    // content (a bar, a line, a marker, a legend's swatch) have 3:1 against adjacent colours.
    static constexpr double kGraphicalObject = 3.0;
    // WCAG 2.1 SC 1.4.3 Contrast (Minimum) (AA): text has 4.5:1 against its background. Chart
    // text (titles, axis labels, legends) is smaller than the "large text" that may have 3:1.
    static constexpr double kText = 4.5;

    // WCAG 2.x relative luminance: 0 for black, 1 for white (alpha is ignored).
    static double relativeLuminance(const QColor &color);
    // (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: from 1 (same) to 21 (black on white).
    static double ratio(const QColor &a, const QColor &b);
};

} // namespace rolelens
