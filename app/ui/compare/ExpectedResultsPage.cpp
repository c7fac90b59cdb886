#include "ui/compare/ExpectedResultsPage.h"

#include "charts/ChartViews.h"
#include "charts/MetricChartBuilder.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/ItemToolTipKeys.h"
#include "ui/widgets/Retranslation.h"
#include "ui/widgets/WidestWord.h"
#include "ui/widgets/WrappingHeaderView.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace rolelens {

ExpectedResultsPage::ExpectedResultsPage(QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_chart(newChartView(QStringLiteral("resultsChart"))),
      m_table(new QTableView), m_model(new AssumptionTableModel(this))
{
    setObjectName(QStringLiteral("resultsSplitter"));
    connect(m_model, &AssumptionTableModel::editRefused, this,
            &ExpectedResultsPage::explainRefusal);
    m_table->setObjectName(QStringLiteral("assumptionTable"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false);
    ItemToolTipKeys::install(m_table);
    m_table->setHorizontalHeader(new WrappingHeaderView(m_table));
    m_table->horizontalHeader()->setStretchLastSection(true);
    // A source that takes more than a line wraps, and its row grows to hold it.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExpectedResultsPage::fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ExpectedResultsPage::fitColumns);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this,
            &ExpectedResultsPage::fitColumns);
    auto *resetButton = new QPushButton;
    resetButton->setObjectName(QStringLiteral("resetAssumptionsButton"));
    connect(resetButton, &QPushButton::clicked, this, &ExpectedResultsPage::restoreRequested);
    auto *note = new QLabel;
    note->setWordWrap(true);
    addWidget(m_chart);
    auto *assumptions = new QWidget;
    auto *layout = new QVBoxLayout(assumptions);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(resetButton, 0, Qt::AlignLeft);
    addWidget(assumptions);
    setStretchFactor(0, 3);
    setStretchFactor(1, 2);
    // Three fifths for the chart whatever it holds when first laid out: its charts are
    // drawn only once the view is shown, and an empty chart asks for almost no room.
    setSizes({600, 400});
    m_chart->setMinimumHeight(130);
    setChildrenCollapsible(false);
    Retranslation::apply(this, [this, resetButton, note] {
        AccessibleText::set(m_chart, tr("Expected results over time"),
                            MetricChartBuilder::expectedResultsDescription());
        AccessibleText::set(m_table, tr("Assumptions behind the expected results"),
                            tr("The values each curve is drawn from, a row for each role; "
                               "double-click a value to try your own."));
        resetButton->setText(tr("&Restore the catalog's assumptions"));
        AccessibleText::set(resetButton, AccessibleText::plain(resetButton->text()),
                            tr("Puts the catalog's values back for every role's curve."));
        note->setText(
            tr("These curves are <b>assumptions</b>, not measurements: the catalog's values are "
               "illustrative, shaped by what the articles say (an influencer gives immediate "
               "visibility that fades; a manager's work builds over months). Double-click a "
               "value to try your own; an empty half-life means the effect lasts."));
    });
}

void ExpectedResultsPage::fitColumns()
{
    constexpr int kCellPadding = 12;
    const QFontMetrics metrics = m_table->fontMetrics();
    for (int column = 0; column < AssumptionTableModel::SourceColumn; ++column) {
        // A title over two lines at most, never a word cut in two.
        constexpr int kTitleLines = 2;
        const QString title = m_model->headerData(column, Qt::Horizontal).toString();
        int widest = std::max(WidestWord::in(metrics, title),
                              metrics.horizontalAdvance(title) / kTitleLines);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            widest = std::max(
                widest, metrics.horizontalAdvance(m_model->index(row, column).data().toString()));
        }
        m_table->horizontalHeader()->resizeSection(column, widest + kCellPadding);
    }
}

void ExpectedResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange) {
        fitColumns();
    }
    QSplitter::changeEvent(event);
}

void ExpectedResultsPage::rebuildChart()
{
    const QList<RoleCurve> curves = m_model->curves();
    replaceChart(m_chart, curves.isEmpty()
                              ? new QChart
                              : MetricChartBuilder::expectedResults(curves, palette()));
}

void ExpectedResultsPage::explainRefusal(const QModelIndex &index, const QString &reason)
{
    emit message(reason);
    const QRect cell = m_table->visualRect(index);
    if (m_table->isVisible() && cell.isValid()) {
        QToolTip::showText(m_table->viewport()->mapToGlobal(cell.bottomLeft()), reason,
                           m_table->viewport(), cell);
    }
}

} // namespace rolelens
