// Every colour a chart draws with stands out from the chart's background as WCAG 2.1 AA asks,
// on the window's light and dark palettes and on paper: 3:1 for bars, lines, markers and
// outlines (SC 1.4.11 Non-text Contrast), 4.5:1 for titles, axis labels and legends (SC 1.4.3
// Contrast (Minimum)). The thresholds are ColorContrast's.

#include "app/charts/EveryChart.h"
#include "charts/ChartPalette.h"
#include "charts/ColorContrast.h"
#include "sheet/SheetStyle.h"
#include "ui/window/AppPalette.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QXYSeries>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

TEST(ColorContrast, AgreesWithWcagsDefinition)
{
    EXPECT_NEAR(ColorContrast::ratio(Qt::black, Qt::white), 21.0, 1e-9);
    EXPECT_NEAR(ColorContrast::ratio(Qt::white, Qt::white), 1.0, 1e-9);
    EXPECT_NEAR(ColorContrast::relativeLuminance(Qt::red), 0.2126, 1e-9);
    EXPECT_NEAR(ColorContrast::relativeLuminance(Qt::green), 0.7152, 1e-9);
    // #767676 is the lightest grey with 4.5:1 on white; #777777 falls just short.
    EXPECT_GE(ColorContrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white), ColorContrast::kText);
    EXPECT_LT(ColorContrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white), ColorContrast::kText);
    const QColor orange(0xd5, 0x5e, 0x00);
    const QColor dark(0x1e, 0x1f, 0x22);
    EXPECT_DOUBLE_EQ(ColorContrast::ratio(orange, dark), ColorContrast::ratio(dark, orange));
}

struct NamedPalette {
    const char *name;
    QPalette palette;
};

QList<NamedPalette> palettes()
{
    return {{"light", AppPalette::light()},
            {"dark", AppPalette::dark()},
            {"paper", SheetStyle().chartPalette()}};
}

struct Mark {
    QString what;
    QColor color;
    double needed;
};

// What a chart draws in colour, and the contrast each needs; a colour not set, or drawn
// invisible (the fill of a secondary bar, which is its outline alone), is no mark.
QList<Mark> marksOf(const QChart &chart)
{
    QList<Mark> marks;
    const auto add = [&marks](const QString &what, const QColor &color, double needed) {
        if (color.isValid() && color.alpha() > 0) {
            marks.append({what, color, needed});
        }
    };
    const double text = ColorContrast::kText;
    const double graphic = ColorContrast::kGraphicalObject;
    add(QStringLiteral("title"), chart.titleBrush().color(), text);
    add(QStringLiteral("legend"), chart.legend()->labelColor(), text);
    for (const QAbstractAxis *axis : chart.axes()) {
        add(QStringLiteral("labels of the axis ") + axis->titleText(), axis->labelsColor(), text);
        add(QStringLiteral("title of the axis ") + axis->titleText(), axis->titleBrush().color(),
            text);
    }
    for (const QAbstractSeries *series : chart.series()) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->brush().style() != Qt::NoBrush) {
                    add(set->label() + QStringLiteral(" (fill)"), set->brush().color(), graphic);
                }
                add(set->label() + QStringLiteral(" (outline)"), set->pen().color(), graphic);
                add(set->label() + QStringLiteral(" (selected)"), set->selectedColor(), graphic);
                if (bars->isLabelsVisible()) {
                    add(set->label() + QStringLiteral(" (values)"), set->labelColor(), text);
                }
            }
        } else if (const auto *points = qobject_cast<const QXYSeries *>(series)) {
            add(points->name(), points->color(), graphic);
            if (points->pointLabelsVisible()) {
                add(points->name() + QStringLiteral(" (values)"), points->pointLabelsColor(), text);
            }
        }
    }
    return marks;
}

TEST(ChartContrast, EverySeriesColourStandsOutOnTheLightAndTheDarkPalette)
{
    for (const auto &[name, palette] : palettes()) {
        const QColor background = palette.color(QPalette::Base);
        for (qsizetype index = 0; index < 4; ++index) {
            const QColor color = ChartPalette::seriesColor(index, palette);
            EXPECT_GE(ColorContrast::ratio(color, background), ColorContrast::kGraphicalObject)
                << name << ": series " << index << " " << qPrintable(color.name()) << " on "
                << qPrintable(background.name());
        }
    }
}

TEST(ChartContrast, EveryColourOfEveryChartStandsOutFromItsBackground)
{
    for (const auto &[name, palette] : palettes()) {
        for (const auto &[chartName, chart] : testing::everyChart(palette)) {
            const QColor background = chart->backgroundBrush().color();
            const QList<Mark> marks = marksOf(*chart);
            EXPECT_GE(marks.size(), 6) << name << " " << chartName;
            for (const Mark &mark : marks) {
                const double ratio = ColorContrast::ratio(mark.color, background);
                EXPECT_GE(ratio, mark.needed)
                    << name << ", " << chartName << ", " << qPrintable(mark.what) << ": "
                    << qPrintable(mark.color.name()) << " on " << qPrintable(background.name())
                    << " has " << ratio << ":1";
            }
        }
    }
}

} // namespace
} // namespace rolelens
