#include "ui/compare/ExpectedResultsPage.h"

#include "charts/ChartViews.h"
#include "charts/MetricChartBuilder.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/ItemToolTipKeys.h"
#include "ui/widgets/Retranslation.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

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
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
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
