#include "ui/advisor/TargetsTable.h"

#include "advisor/Advisor.h"
#include "report/Figures.h"

#include <QHeaderView>
#include <QLocale>

#include <cmath>
#include <iterator>

namespace rolelens {

TargetsTable::TargetsTable(const Catalog &catalog, QWidget *parent)
    : QTableWidget(parent), m_catalog(catalog)
{
    static_assert(FirstHorizonColumn + static_cast<int>(std::size(Advisor::kHorizons)) ==
                  OwnerColumn);
    setObjectName(QStringLiteral("targetsTable"));
    setAccessibleName(tr("Realistic targets"));
    setColumnCount(ColumnCount);
    QStringList headers{tr("Measure")};
    for (const int months : Advisor::kHorizons) {
        headers.append(Figures::months(months));
    }
    headers << tr("Your target") << tr("Basis");
    setHorizontalHeaderLabels(headers);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
}

void TargetsTable::setAdvice(const Advice &advice)
{
    setRowCount(0);
    setRowCount(static_cast<int>(advice.realisticTargets.size()));
    int row = 0;
    for (const auto &target : advice.realisticTargets) {
        const bool countable = !target.unit.isEmpty() && target.unit != QLatin1String("%") &&
                               target.unit != QLatin1String("currency");
        auto *metric = new QTableWidgetItem(
            countable ? tr("%1 (%2)").arg(m_catalog.metricName(target.metricId), target.unit)
                      : m_catalog.metricName(target.metricId));
        metric->setData(Qt::UserRole, target.metricId);
        if (const Metric *known = m_catalog.metric(target.metricId)) {
            metric->setToolTip(known->definition);
        }
        setItem(row, MetricColumn, metric);
        for (int column = 0; column < static_cast<int>(std::size(Advisor::kHorizons)); ++column) {
            QString text = Targets::withoutRange(Advisor::kHorizons[column]);
            if (column < target.ranges.size()) {
                const Advice::Range &range = target.ranges.at(column);
                text = Figures::range(range.low, range.high, target.unit);
            }
            auto *cell = new QTableWidgetItem(text);
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            setItem(row, FirstHorizonColumn + column, cell);
        }
        setItem(row, OwnerColumn, new QTableWidgetItem(Targets::ownerTarget(target)));

        bool illustrative = false;
        QStringList titles;
        for (const auto &citation : target.sources) {
            if (const Source *source = m_catalog.source(citation.sourceId)) {
                illustrative = illustrative || source->kind == Source::Kind::Illustrative;
                titles.append(source->title);
            }
        }
        titles.removeDuplicates();
        auto *basis = new QTableWidgetItem(target.ranges.isEmpty() ? tr("Agree a baseline")
                                           : illustrative          ? tr("Assumption")
                                                                   : tr("Sourced"));
        basis->setToolTip(target.ranges.isEmpty()
                              ? tr("The sources give no figures for this measure: agree a "
                                   "target with the hire.")
                              : titles.join(QLatin1Char('\n')));
        if (illustrative) {
            QFont font = basis->font();
            font.setItalic(true);
            basis->setFont(font);
        }
        setItem(row, BasisColumn, basis);
        ++row;
    }
    resizeRowsToContents();
}

} // namespace rolelens
