#include "ui/widgets/ChartPanel.h"

#include "charts/ChartViews.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTextDocument>
#include <QVBoxLayout>

namespace rolelens {
namespace {

// A short stroke drawn as the series is: its dash pattern, so that the legend does not rely on
// colour alone.
QString stroke(const QPen &pen)
{
    switch (pen.style()) {
    case Qt::DashLine:
        return QStringLiteral("╍╍╍");
    case Qt::DotLine:
        return QStringLiteral("┉┉┉");
    case Qt::DashDotLine:
        return QStringLiteral("╍┉╍");
    default:
        return QStringLiteral("━━━");
    }
}

// A square filled as the bars are (ChartPalette's patterns, an outline alone), for the same
// reason.
QString swatch(const QBrush &brush)
{
    switch (brush.style()) {
    case Qt::NoBrush:
        return QStringLiteral("□");
    case Qt::BDiagPattern:
        return QStringLiteral("▨");
    case Qt::FDiagPattern:
        return QStringLiteral("▧");
    case Qt::CrossPattern:
        return QStringLiteral("▦");
    case Qt::DiagCrossPattern:
        return QStringLiteral("▩");
    default:
        return QStringLiteral("■");
    }
}

// The marker shape a curve's scatter series of the same name draws it with, if any.
QString shapeOf(const QChart *chart, const QString &name)
{
    for (const QAbstractSeries *series : chart->series()) {
        const auto *markers = qobject_cast<const QScatterSeries *>(series);
        if (markers && markers->name() == name) {
            switch (markers->markerShape()) {
            case QScatterSeries::MarkerShapeRectangle:
                return QStringLiteral("■");
            case QScatterSeries::MarkerShapeTriangle:
                return QStringLiteral("▲");
            case QScatterSeries::MarkerShapeRotatedRectangle:
                return QStringLiteral("◆");
            default:
                return QStringLiteral("●");
            }
        }
    }
    return {};
}

// One legend entry that wraps as a whole: no break at its spaces or after a slash ("%/mo").
QString entry(const QString &symbol, const QColor &color, const QString &name)
{
    QString unbroken = name.toHtmlEscaped();
    unbroken.replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))
        .replace(QLatin1Char('/'), QStringLiteral("/&#8288;"));
    return QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
        .arg(color.name(), symbol, unbroken);
}

QLabel *wrappingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    label->setTextFormat(Qt::RichText);
    return label;
}

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent), m_title(wrappingLabel(QStringLiteral("chartTitle"))), m_view(new QChartView),
      m_legend(wrappingLabel(QStringLiteral("chartLegend")))
{
    // One card: the labels on the chart's own background.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    // The view is the Tab stop, with its name; its unnamed viewport is not another one.
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 6);
    layout->setSpacing(0);
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
}

QString ChartPanel::title() const
{
    QTextDocument text;
    text.setHtml(m_title->text());
    return text.toPlainText();
}

QString ChartPanel::legend() const
{
    QTextDocument text;
    text.setHtml(m_legend->text());
    // As read: no-break spaces and word joiners are spaces and nothing.
    return text.toPlainText().replace(QChar::Nbsp, QLatin1Char(' ')).remove(QChar(0x2060));
}

void ChartPanel::setChart(QChart *chart)
{
    const QString title = chart->title();
    chart->setTitle(QString());
    m_title->setText(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()));
    m_title->setVisible(!title.isEmpty());
    QStringList entries;
    for (const QAbstractSeries *series : chart->series()) {
        if (const auto *line = qobject_cast<const QLineSeries *>(series)) {
            entries.append(entry(stroke(line->pen()) + shapeOf(chart, line->name()),
                                 line->pen().color(), line->name()));
        } else if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            // Qt stacks the sets bottom-up; the legend reads as the chart's own did.
            const bool reversed = chart->legend()->reverseMarkers();
            for (qsizetype i = 0; i < sets.size(); ++i) {
                QBarSet *set = sets.at(reversed ? sets.size() - 1 - i : i);
                entries.append(entry(swatch(set->brush()), set->color(), set->label()));
            }
        }
    }
    chart->legend()->hide();
    // The panel is the card: the chart fills it edge to edge, with no rounded card of its own,
    // nor the room around its axes that Qt keeps for a title and a legend: those are the
    // panel's. A short pane (a larger font) gives it to the plot. The right margin holds half
    // of the last label under the axis.
    chart->setBackgroundRoundness(0);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setMargins(QMargins(4, 8, 12, 4));
    m_legend->setText(entries.join(QStringLiteral(" &nbsp; ")));
    m_legend->setVisible(!entries.isEmpty());
    replaceChart(m_view, chart);
}

} // namespace rolelens
