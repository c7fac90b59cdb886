#pragma once

#include <QColor>
#include <QList>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QBarSet;
class QChart;
QT_END_NAMESPACE

namespace rolelens {

// The one place chart colours and fills come from. Series colours are the Okabe-Ito set, which
// stays distinguishable for colour-blind readers, in a light and a dark variant that each have
// 3:1 against their background (tests/app/charts/ChartContrastTest.cpp). No chart relies on
// colour alone: each series also has a fill pattern (bars) or a dash pattern and marker shape
// (lines), and bars of secondary emphasis are outlines. Text and backgrounds follow the
// window's palette, light or dark.
class ChartPalette {
public:
    // Of the light and the dark variant, the one that stands out more on the palette's base,
    // whatever the system's palette is.
    static QColor seriesColor(qsizetype index, const QPalette &palette);
    // Solid, then hatchings that differ in direction: told apart in greyscale and by readers
    // who cannot tell the colours apart.
    static Qt::BrushStyle seriesPattern(qsizetype index);
    // The series' colour and pattern, outlined in its colour. A selected bar (one of secondary
    // emphasis) is its outline alone.
    static void styleBars(QBarSet *set, qsizetype index, const QPalette &palette);
    // Background, grid and label colours from the palette, so a chart matches its window.
    static void apply(QChart *chart, const QPalette &palette);
};

} // namespace rolelens
