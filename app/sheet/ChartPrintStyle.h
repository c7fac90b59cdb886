#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace rolelens {

// Makes a chart fit for paper: searchable, unhinted text in two fonts. The bars keep the
// patterns and outlines they have on screen (ChartPalette), so that they stay apart on a
// black-and-white printout.
class ChartPrintStyle {
public:
    static void applyFonts(QChart *chart);
    // applyFonts(), and each metric's name on one line.
    static void applyToBars(QChart *chart);
};

} // namespace rolelens
