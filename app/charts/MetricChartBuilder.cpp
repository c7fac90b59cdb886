#include "charts/MetricChartBuilder.h"

#include "charts/ChartPalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <array>
#include <cmath>

namespace rolelens {
namespace {

QValueAxis *weightAxis()
{
    auto *axis = new QValueAxis;
    axis->setRange(0, 5);
    axis->setTickCount(6);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setTitleText(MetricChartBuilder::tr("Weight (1-5)"));
    return axis;
}

// Long metric names must stay readable beside the bars; a slightly smaller font avoids eliding.
// A long name (longer in German, Spanish and French) takes two lines, broken at the space
// nearest its middle: the chart keeps room for its bars, and no name runs off its left edge.
QString inTwoLinesIfLong(const QString &name)
{
    constexpr qsizetype kLongName = 26;
    if (name.size() <= kLongName) {
        return name;
    }
    const qsizetype middle = name.size() / 2;
    const qsizetype before = name.lastIndexOf(QLatin1Char(' '), middle);
    const qsizetype after = name.indexOf(QLatin1Char(' '), middle);
    const qsizetype at = before < 0  ? after
                         : after < 0 ? before
                                     : (middle - before <= after - middle ? before : after);
    if (at < 0) {
        return name;
    }
    return name.left(at).toHtmlEscaped() + QStringLiteral("<br>") +
           name.mid(at + 1).toHtmlEscaped();
}

QBarCategoryAxis *metricAxis(const QStringList &names)
{
    auto *axis = new QBarCategoryAxis;
    QStringList shown;
    for (const auto &name : names) {
        shown.append(inTwoLinesIfLong(name));
    }
    axis->append(shown);
    // A narrow chart gives the plot less room rather than cutting every name to "...".
    axis->setTruncateLabels(false);
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
    return axis;
}

// Metric names on the left, weights along the bottom, legend below.
QChart *horizontalBarChart(QAbstractBarSeries *series, const QStringList &metricNames,
                           const QPalette &palette)
{
    auto *chart = new QChart;
    chart->addSeries(series);
    auto *categories = metricAxis(metricNames);
    chart->addAxis(categories, Qt::AlignLeft);
    auto *values = weightAxis();
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartPalette::apply(chart, palette);
    return chart;
}

// Shows a tooltip while the pointer is over a bar; Qt Charts has none of its own.
void showToolTips(QBarSet *set, const QStringList &texts)
{
    QObject::connect(set, &QBarSet::hovered, set, [texts](bool over, int index) {
        if (over && index >= 0 && index < texts.size()) {
            QToolTip::showText(QCursor::pos(), texts.at(index));
        } else {
            QToolTip::hideText();
        }
    });
}

// Markers of a shape of the curve's own, every eight weeks and staggered by two weeks per
// curve: where curves lie on each other (all at their full effect), the shapes still tell
// them apart. The legend shows the curve with its shape.
void addMarkers(QChart *chart, QLineSeries *curve, qsizetype index, const QPalette &palette)
{
    static const std::array<std::pair<QScatterSeries::MarkerShape, QLegend::MarkerShape>, 4>
        kShapes{
            {{QScatterSeries::MarkerShapeCircle, QLegend::MarkerShapeCircle},
             {QScatterSeries::MarkerShapeRectangle, QLegend::MarkerShapeRectangle},
             {QScatterSeries::MarkerShapeTriangle, QLegend::MarkerShapeTriangle},
             {QScatterSeries::MarkerShapeRotatedRectangle, QLegend::MarkerShapeRotatedRectangle}}};
    const std::size_t place = static_cast<std::size_t>(index) % kShapes.size();
    const auto &[shape, legendShape] = kShapes.at(place);
    auto *markers = new QScatterSeries;
    markers->setObjectName(QString::fromLatin1(MetricChartBuilder::kMarkerSeries));
    markers->setName(curve->name());
    markers->setMarkerShape(shape);
    markers->setMarkerSize(10);
    markers->setColor(curve->pen().color());
    markers->setBorderColor(palette.color(QPalette::Base));
    const QList<QPointF> points = curve->points();
    const double firstWeek = 2.0 + 2.0 * static_cast<double>(place);
    for (const QPointF &point : points) {
        if (point.x() >= firstWeek && std::fmod(point.x() - firstWeek, 8.0) == 0.0) {
            markers->append(point);
        }
    }
    chart->addSeries(markers);
    for (QAbstractAxis *axis : curve->attachedAxes()) {
        markers->attachAxis(axis);
    }
    chart->legend()->markers(markers).constFirst()->setVisible(false);
    chart->legend()->markers(curve).constFirst()->setShape(legendShape);
}

} // namespace

const char *const MetricChartBuilder::kMarkerSeries = "curveMarkers";

QString MetricChartBuilder::metricToolTip(const Catalog &catalog, const QString &metricId)
{
    const Metric *metric = catalog.metric(metricId);
    if (!metric) {
        return metricId;
    }
    QString text = QStringLiteral("<b>%1</b><br>%2")
                       .arg(metric->name.toHtmlEscaped(), metric->definition.toHtmlEscaped());
    if (!metric->formula.isEmpty()) {
        text +=
            QStringLiteral("<br><i>%1</i> %2").arg(tr("Formula:"), metric->formula.toHtmlEscaped());
    }
    return text;
}

QString MetricChartBuilder::roleMetricsDescription()
{
    return tr("Bars of the weight, from 1 to 5, of each metric the role is judged by: filled "
              "for a primary emphasis, outlined for a secondary one.");
}

QString MetricChartBuilder::groupedMetricsDescription()
{
    return tr("Bars of the weight, from 1 to 5, of each metric for each compared role, each role "
              "in a colour and a fill of its own; an outlined bar marks a secondary emphasis.");
}

QString MetricChartBuilder::expectedResultsDescription()
{
    return tr("One curve for each role, each with a dash pattern and a marker shape of its own: "
              "the share of its full effect expected week by week over the first year, from "
              "assumptions.");
}

QChart *MetricChartBuilder::roleMetrics(const Catalog &catalog, const Role &role,
                                        const QPalette &palette)
{
    auto *primary = new QBarSet(tr("Primary emphasis"));
    auto *secondary = new QBarSet(tr("Secondary emphasis"));
    ChartPalette::styleBars(primary, 0, palette);
    ChartPalette::styleBars(secondary, 0, palette);
    // Secondary emphasis is the bar's outline, as in the comparison's chart: told from primary
    // by its fill, not by a lighter shade.
    secondary->setBrush(QBrush(secondary->color(), Qt::NoBrush));
    QStringList names;
    QStringList tips;
    // Bottom-up in a horizontal chart, so reverse to read the heaviest metrics first.
    for (auto it = role.metrics.crbegin(); it != role.metrics.crend(); ++it) {
        names.append(catalog.metricName(it->metricId));
        const bool isPrimary = it->emphasis == MetricUse::Emphasis::Primary;
        primary->append(isPrimary ? it->weight : 0);
        secondary->append(isPrimary ? 0 : it->weight);
        tips.append(metricToolTip(catalog, it->metricId) +
                    QStringLiteral("<br>%1 %2/5, %3")
                        .arg(tr("Weight"))
                        .arg(it->weight)
                        .arg(isPrimary ? tr("primary") : tr("secondary")));
    }
    showToolTips(primary, tips);
    showToolTips(secondary, tips);
    auto *series = new QHorizontalStackedBarSeries;
    series->append({primary, secondary});
    series->setBarWidth(0.7);

    QChart *chart = horizontalBarChart(series, names, palette);
    chart->setTitle(tr("What %1 is judged by").arg(role.title));
    return chart;
}

QChart *MetricChartBuilder::groupedMetrics(const Catalog &catalog, const QStringList &roleIds,
                                           const QPalette &palette, const QStringList &only)
{
    const QStringList metricIds = only.isEmpty() ? catalog.metricsUsedBy(roleIds) : only;
    QStringList names;
    for (auto it = metricIds.crbegin(); it != metricIds.crend(); ++it) {
        names.append(catalog.metric(*it)->name);
    }
    auto *series = new QHorizontalBarSeries;
    // Reverse the role order too: Qt stacks bar sets bottom-up, and the legend reads top-down.
    for (qsizetype r = roleIds.size() - 1; r >= 0; --r) {
        const Role *role = catalog.role(roleIds.at(r));
        if (!role) {
            continue;
        }
        auto *set = new QBarSet(role->title);
        // Each role its colour and its pattern; a selected bar, one of secondary emphasis, is
        // its outline alone.
        ChartPalette::styleBars(set, r, palette);
        QStringList tips;
        for (auto it = metricIds.crbegin(); it != metricIds.crend(); ++it) {
            const MetricUse *use = role->metricUse(*it);
            set->append(use ? use->weight : 0);
            if (use && use->emphasis == MetricUse::Emphasis::Secondary) {
                set->selectBar(static_cast<int>(set->count() - 1));
            }
            tips.append(
                QStringLiteral("<b>%1</b><br>").arg(role->title.toHtmlEscaped()) +
                metricToolTip(catalog, *it) +
                (use ? QStringLiteral("<br>%1 %2/5, %3")
                           .arg(tr("Weight"))
                           .arg(use->weight)
                           .arg(use->emphasis == MetricUse::Emphasis::Primary ? tr("primary")
                                                                              : tr("secondary"))
                     : QStringLiteral("<br>") + tr("Not a measure of this role")));
        }
        showToolTips(set, tips);
        series->append(set);
    }
    // Bars as thick as the rows allow: with four roles the default half row left bars three
    // pixels high, too thin to show a pattern or to tell an outline from a filled bar.
    series->setBarWidth(0.9);
    QChart *chart = horizontalBarChart(series, names, palette);
    chart->setTitle(only.isEmpty()
                        ? tr("Success metrics by role (outlined bar: secondary emphasis)")
                        : tr("What each role is mainly judged by (outlined bar: secondary "
                             "emphasis)"));
    chart->legend()->setReverseMarkers(true);
    return chart;
}

QChart *MetricChartBuilder::expectedResults(const QList<RoleCurve> &curves, const QPalette &palette)
{
    auto *chart = new QChart;
    chart->setTitle(tr("Expected results over time: share of the full effect (assumptions)"));
    auto *weeks = new QValueAxis;
    weeks->setRange(0, kWeeksShown);
    weeks->setTickCount(14);
    weeks->setLabelFormat(QStringLiteral("%d"));
    weeks->setTitleText(tr("Weeks after the hire or the start of the collaboration"));
    auto *effect = new QValueAxis;
    effect->setRange(0, 100);
    effect->setTickCount(6);
    //: The percent axis' labels, printf-style: %d is the number. Write the sign as the
    //: language does ("%d %" with a space in German and French), in ASCII only: Qt Charts
    //: shows a no-break space as a replacement character.
    effect->setLabelFormat(tr("%d%"));
    // No title of its own: the chart's says what is measured, and a rotated title is longer
    // than the axis once the font is larger or the pane shorter.
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(effect, Qt::AlignLeft);
    // Dash patterns keep the lines apart in greyscale print.
    const QList<Qt::PenStyle> styles{Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};
    for (qsizetype i = 0; i < curves.size(); ++i) {
        auto *series = new QLineSeries;
        series->setName(curves.at(i).title);
        constexpr int kStepsPerWeek = 4;
        for (int step = 0; step <= kWeeksShown * kStepsPerWeek; ++step) {
            const double week = static_cast<double>(step) / kStepsPerWeek;
            series->append(week, 100.0 * curves.at(i).assumptions.valueAt(week));
        }
        QPen pen(ChartPalette::seriesColor(i, palette));
        pen.setWidthF(2.5);
        pen.setStyle(styles.at(i % styles.size()));
        series->setPen(pen);
        chart->addSeries(series);
        series->attachAxis(weeks);
        series->attachAxis(effect);
        addMarkers(chart, series, i, palette);
    }
    chart->legend()->setAlignment(Qt::AlignBottom);
    ChartPalette::apply(chart, palette);
    return chart;
}

} // namespace rolelens
