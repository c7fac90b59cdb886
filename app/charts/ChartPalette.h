#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace rolelens {

// The one place chart colours come from. Series colours are the Okabe-Ito set, which stays
// distinguishable for colour-blind readers and, with the dash patterns the builders add,
// in greyscale; text and backgrounds follow the window's palette, light or dark.
class ChartPalette {
public:
    static bool isDark(const QPalette &palette);
    static QColor seriesColor(qsizetype index, const QPalette &palette);
    static QColor primaryEmphasis(const QPalette &palette);
    static QColor secondaryEmphasis(const QPalette &palette);
    // Background, grid and label colours from the palette, so a chart matches its window.
    static void apply(QChart *chart, const QPalette &palette);
};

} // namespace rolelens
