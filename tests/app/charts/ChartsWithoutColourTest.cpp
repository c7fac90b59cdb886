// No chart relies on colour alone: with its colour taken away (a reader who cannot tell the
// colours apart, a black-and-white printout), every series of every chart still looks unlike
// the others, on screen and on paper, and the legend shows how.

#include "app/charts/EveryChart.h"
#include "charts/MetricChartBuilder.h"
#include "sheet/ChartPrintStyle.h"
#include "sheet/SheetStyle.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/window/AppPalette.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QLineSeries>
#include <QScatterSeries>

#include <gtest/gtest.h>

#include <map>
#include <string>

namespace rolelens {
namespace {

// Each series (a bar set, a line) as it looks in greyscale: its fill pattern and outline, or
// its dash pattern and marker shape.
std::map<QString, std::string> looks(const QChart &chart)
{
    std::map<QString, std::string> found;
    for (const QAbstractSeries *series : chart.series()) {
        if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (const QBarSet *set : bars->barSets()) {
                found[set->label()] = QStringLiteral("fill %1, outline %2")
                                          .arg(set->brush().style())
                                          .arg(set->pen().style())
                                          .toStdString();
            }
        } else if (const auto *line = qobject_cast<const QLineSeries *>(series)) {
            QString markers = QStringLiteral("none");
            for (const QAbstractSeries *other : chart.series()) {
                const auto *scatter = qobject_cast<const QScatterSeries *>(other);
                if (scatter && scatter->name() == line->name()) {
                    markers = QString::number(scatter->markerShape());
                }
            }
            found[line->name()] = QStringLiteral("dashes %1, markers %2")
                                      .arg(line->pen().style())
                                      .arg(markers)
                                      .toStdString();
        }
    }
    return found;
}

void expectEveryLookDiffers(const QChart &chart, const char *what)
{
    const std::map<QString, std::string> seen = looks(chart);
    EXPECT_GE(seen.size(), 2U) << what;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        for (auto other = std::next(it); other != seen.cend(); ++other) {
            EXPECT_NE(it->second, other->second)
                << what << ": " << qPrintable(it->first) << " and " << qPrintable(other->first)
                << " differ only in colour";
        }
    }
}

TEST(ChartsWithoutColour, EverySeriesOfEveryChartLooksUnlikeTheOthers)
{
    for (const QPalette &palette : {AppPalette::light(), AppPalette::dark()}) {
        for (const auto &[name, chart] : testing::everyChart(palette)) {
            expectEveryLookDiffers(*chart, name);
        }
    }
}

TEST(ChartsWithoutColour, APrintedChartKeepsTheLooksOfTheScreen)
{
    const QPalette paper = SheetStyle().chartPalette();
    for (const auto &[name, chart] : testing::everyChart(paper)) {
        const std::map<QString, std::string> onScreen = looks(*chart);
        ChartPrintStyle::applyToBars(chart.get());
        EXPECT_EQ(looks(*chart), onScreen) << name;
        expectEveryLookDiffers(*chart, name);
    }
}

// A secondary emphasis is shown by the bar's outline alone, not by a lighter shade of colour.
TEST(ChartsWithoutColour, ASecondaryEmphasisIsAnOutlinedBar)
{
    const QPalette palette = AppPalette::light();
    const auto charts = testing::everyChart(palette);
    const QChart &single = *charts.at(0).chart;
    const QList<QBarSet *> emphases =
        qobject_cast<QAbstractBarSeries *>(single.series().constFirst())->barSets();
    ASSERT_EQ(emphases.size(), 2);
    EXPECT_NE(emphases.at(0)->brush().style(), Qt::NoBrush); // primary: filled
    EXPECT_EQ(emphases.at(1)->brush().style(), Qt::NoBrush); // secondary: outlined
    EXPECT_NE(emphases.at(1)->pen().style(), Qt::NoPen);

    const QChart &compared = *charts.at(1).chart;
    int secondaries = 0;
    for (const QBarSet *set :
         qobject_cast<QAbstractBarSeries *>(compared.series().constFirst())->barSets()) {
        // A selected bar (a secondary emphasis) is drawn in the selected colour: none.
        EXPECT_EQ(set->selectedColor().alpha(), 0) << qPrintable(set->label());
        EXPECT_NE(set->brush().style(), Qt::NoBrush) << qPrintable(set->label());
        secondaries += static_cast<int>(set->selectedBars().size());
    }
    EXPECT_GT(secondaries, 0);
}

// The window's legends are labels (ChartPanel): each entry shows its series' pattern.
TEST(ChartsWithoutColour, ThePanelsLegendShowsEachPattern)
{
    const Catalog &catalog = testing::builtInCatalog();
    ChartPanel panel;
    panel.setChart(
        MetricChartBuilder::groupedMetrics(catalog, testing::fourRoles(), AppPalette::light()));
    const QString legend = panel.legend();
    const QStringList swatches{QStringLiteral("■ "), QStringLiteral("▨ "), QStringLiteral("▦ "),
                               QStringLiteral("▧ ")};
    for (qsizetype i = 0; i < swatches.size(); ++i) {
        const QString title = catalog.roleTitle(testing::fourRoles().at(i));
        EXPECT_TRUE(legend.contains(swatches.at(i) + title))
            << qPrintable(title) << " in " << qPrintable(legend);
    }
    panel.setChart(MetricChartBuilder::roleMetrics(
        catalog, *catalog.role(testing::fourRoles().constFirst()), AppPalette::light()));
    EXPECT_TRUE(panel.legend().contains(QStringLiteral("□ "))) << qPrintable(panel.legend());
}

} // namespace
} // namespace rolelens
