#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace rolelens {

// Makes a chart fit for paper: searchable, unhinted text in two fonts, and bars told apart by
// pattern as well as colour, so that they stay apart on a black-and-white printout.
class ChartPrintStyle {
public:
    static void applyFonts(QChart *chart);
    // applyFonts(), and a pattern per bar set.
    static void applyToBars(QChart *chart);
};

} // namespace rolelens
