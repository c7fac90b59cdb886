#include "charts/ChartPalette.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <array>

namespace rolelens {
namespace {

// Okabe & Ito (2008), in an order where neighbours differ most; the dark variants are lifted
// so they keep their contrast on a dark background.
constexpr std::array<QRgb, 4> kLightSeries{0xff0072b2, 0xffd55e00, 0xff009e73, 0xffcc79a7};
constexpr std::array<QRgb, 4> kDarkSeries{0xff56b4e9, 0xffe69f00, 0xff2fc59a, 0xffe6a1c8};

} // namespace

bool ChartPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

QColor ChartPalette::seriesColor(qsizetype index, const QPalette &palette)
{
    const auto &colors = isDark(palette) ? kDarkSeries : kLightSeries;
    return QColor::fromRgba(colors.at(static_cast<std::size_t>(index) % colors.size()));
}

QColor ChartPalette::primaryEmphasis(const QPalette &palette)
{
    return seriesColor(0, palette);
}

QColor ChartPalette::secondaryEmphasis(const QPalette &palette)
{
    QColor color = seriesColor(0, palette);
    return isDark(palette) ? color.darker(170) : color.lighter(160);
}

void ChartPalette::apply(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = palette.color(QPalette::Mid);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace rolelens
