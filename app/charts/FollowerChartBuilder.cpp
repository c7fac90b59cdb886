#include "charts/FollowerChartBuilder.h"

#include "advisor/FollowerProjection.h"
#include "charts/ChartPalette.h"
#include "i18n/InSentence.h"

#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

namespace rolelens {

const char *const FollowerChartBuilder::kOwnerSeries = "ownerSeries";
const char *const FollowerChartBuilder::kLowSeries = "realisticLowSeries";
const char *const FollowerChartBuilder::kHighSeries = "realisticHighSeries";

QString FollowerChartBuilder::description()
{
    return tr("Your expected follower count, a solid line, against the high (dashed) and the low "
              "(dotted) growth assumed for the role, week by week up to your date.");
}

QChart *FollowerChartBuilder::build(const Scenario &scenario, const Role *role,
                                    const QPalette &palette)
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    const auto projection = role ? FollowerProjection::of(*role, scenario) : std::nullopt;
    if (!scenario.followers) {
        chart->setTitle(
            tr("Tick \"Followers\" to compare your expectation with what is realistic"));
        ChartPalette::apply(chart, palette);
        return chart;
    }
    if (!projection) {
        chart->setTitle(
            role ? tr("No growth assumption for the %1").arg(InSentence::label(role->title))
                 : tr("Choose a role to see what is realistic"));
        ChartPalette::apply(chart, palette);
        return chart;
    }
    const Scenario::Followers &followers = projection->followers();
    const GrowthAssumption &growth = projection->growth();
    chart->setTitle(
        tr("Followers: yours vs. the %1's assumed range").arg(InSentence::label(role->title)));

    auto *owner = new QLineSeries;
    owner->setObjectName(QLatin1String(kOwnerSeries));
    owner->setName(tr("You expect"));

    auto *low = new QLineSeries;
    low->setObjectName(QLatin1String(kLowSeries));
    low->setName(tr("Low: %1 %/mo").arg(growth.lowPercentPerMonth));
    auto *high = new QLineSeries;
    high->setObjectName(QLatin1String(kHighSeries));
    high->setName(tr("High: %1 %/mo").arg(growth.highPercentPerMonth));
    // Enough points for a smooth curve; the projection ends exactly at the owner's deadline.
    constexpr int kSteps = 60;
    for (const auto &point : projection->curve(kSteps)) {
        owner->append(point.week, point.expected);
        low->append(point.week, point.low);
        high->append(point.week, point.high);
    }

    const QList<std::pair<QLineSeries *, Qt::PenStyle>> styled{
        {owner, Qt::SolidLine}, {high, Qt::DashLine}, {low, Qt::DotLine}};
    qsizetype index = 0;
    for (const auto &[series, style] : styled) {
        QPen pen(ChartPalette::seriesColor(index++, palette));
        pen.setWidthF(2.5);
        pen.setStyle(style);
        series->setPen(pen);
        chart->addSeries(series);
    }

    auto *weeks = new QValueAxis;
    weeks->setTitleText(tr("Weeks from now"));
    weeks->setRange(0, followers.weeks);
    weeks->setLabelFormat(QStringLiteral("%.0f"));
    // Whole weeks between ticks, about a dozen at most, so labels never round.
    weeks->setTickType(QValueAxis::TicksDynamic);
    weeks->setTickAnchor(0);
    weeks->setTickInterval(followers.weeks <= 12   ? 1
                           : followers.weeks <= 26 ? 2
                           : followers.weeks <= 52 ? 4
                                                   : 13 * ((followers.weeks + 155) / 156));
    auto *count = new QValueAxis;
    // No title of its own: the chart's says what is counted, and in a short pane a rotated
    // title was the first thing cut ("Follo…").
    const double top = std::max(
        {static_cast<double>(followers.target), projection->highAfter(projection->months()), 1.0});
    // From zero unless that would flatten the curves: growth from a large base is small.
    const double bottom = std::min(followers.current, followers.target) * 0.9;
    count->setRange(bottom > top / 3 ? bottom : 0, top * 1.05);
    count->applyNiceNumbers();
    count->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(count, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(weeks);
        series->attachAxis(count);
    }
    ChartPalette::apply(chart, palette);
    return chart;
}

} // namespace rolelens
