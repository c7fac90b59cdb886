#include "charts/ChartPalette.h"

#include "charts/ColorContrast.h"

#include <QAbstractAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QPen>

#include <algorithm>
#include <array>

namespace rolelens {
namespace {

// Okabe & Ito (2008), in an order where neighbours differ most; the dark variants are lifted
// so they keep their contrast on a dark background.
using Series = std::array<QRgb, 4>;
constexpr Series kLightSeries{0xff0072b2, 0xffd55e00, 0xff009e73, 0xffcc79a7};
constexpr Series kDarkSeries{0xff56b4e9, 0xffe69f00, 0xff2fc59a, 0xffe6a1c8};

// Thick enough that an outline-only bar reads as a bar, not as a hairline.
constexpr qreal kOutlineWidth = 1.5;

double leastContrast(const Series &series, const QColor &background)
{
    double least = ColorContrast::ratio(QColor::fromRgba(series.front()), background);
    for (const QRgb color : series) {
        least = std::min(least, ColorContrast::ratio(QColor::fromRgba(color), background));
    }
    return least;
}

} // namespace

QColor ChartPalette::seriesColor(qsizetype index, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const Series &colors =
        leastContrast(kDarkSeries, background) > leastContrast(kLightSeries, background)
            ? kDarkSeries
            : kLightSeries;
    return QColor::fromRgba(colors.at(static_cast<std::size_t>(index) % colors.size()));
}

Qt::BrushStyle ChartPalette::seriesPattern(qsizetype index)
{
    static constexpr std::array<Qt::BrushStyle, 4> kPatterns{Qt::SolidPattern, Qt::BDiagPattern,
                                                             Qt::CrossPattern, Qt::FDiagPattern};
    return kPatterns.at(static_cast<std::size_t>(index) % kPatterns.size());
}

void ChartPalette::styleBars(QBarSet *set, qsizetype index, const QPalette &palette)
{
    const QColor color = seriesColor(index, palette);
    set->setBrush(QBrush(color, seriesPattern(index)));
    QPen outline(color, kOutlineWidth);
    outline.setJoinStyle(Qt::MiterJoin);
    set->setPen(outline);
    set->setSelectedColor(Qt::transparent);
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
