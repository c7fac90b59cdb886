#include "ui/advisor/TargetsTable.h"

#include "advisor/Advisor.h"
#include "report/Figures.h"
#include "report/SourceText.h"
#include "ui/advisor/OwnFigureDelegate.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/ItemToolTipKeys.h"
#include "ui/widgets/Retranslation.h"
#include "ui/widgets/WidestWord.h"

#include <QHeaderView>
#include <QSignalBlocker>

#include <algorithm>
#include <iterator>

namespace rolelens {

TargetsTable::TargetsTable(const Catalog &catalog, QWidget *parent)
    : QTableWidget(parent), m_catalog(catalog)
{
    static_assert(FirstHorizonColumn + static_cast<int>(std::size(Advisor::kHorizons)) ==
                  OwnerColumn);
    setObjectName(QStringLiteral("targetsTable"));
    // Arrow keys move between cells; Tab goes on to the next field instead of through all.
    setTabKeyNavigation(false);
    // Definitions and the benchmarks' quotations are tooltips: the keyboard reads them too.
    ItemToolTipKeys::install(this);
    setColumnCount(ColumnCount);
    Retranslation::apply(this, [this] {
        AccessibleText::set(this, tr("Realistic targets"),
                            tr("The role's main measures, each with what is realistic after a "
                               "few months, what that rests on and your target; double-click "
                               "\"add yours\" to enter a figure of your own."));
        //: Column title: the metric a target is for.
        QStringList headers{tr("Measure")};
        for (const int months : Advisor::kHorizons) {
            headers.append(Figures::months(months));
        }
        //: Column title: what a target's range rests on (a source, an assumption, a benchmark).
        headers << tr("Your target") << tr("Basis");
        setHorizontalHeaderLabels(headers);
    });
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setItemDelegateForColumn(OwnerColumn, new OwnFigureDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    // Benchmark sentences are long: they wrap within the row they span.
    setWordWrap(true);
    verticalHeader()->hide();
    // The horizons share what the other columns leave, so that the table fits its panel and a
    // benchmark's sentence wraps within it; the others are sized once per advice (fitColumns),
    // not by the header, which would size the first column by the sentences that span it.
    QHeaderView *header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = FirstHorizonColumn; column < OwnerColumn; ++column) {
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    // Wrapped text takes more or fewer lines as the horizons widen or narrow.
    connect(header, &QHeaderView::sectionResized, this, [this] { resizeRowsToContents(); });
    connect(this, &QTableWidget::itemChanged, this, &TargetsTable::ownerCellChanged);
}

QTableWidgetItem *TargetsTable::readOnly(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

void TargetsTable::setAdvice(const Advice &advice)
{
    // Filling the table is no edit of the owner's.
    const QSignalBlocker blocker(this);
    clearSpans();
    setRowCount(0);
    int rows = 0;
    for (const auto &target : advice.realisticTargets) {
        rows += 1 + static_cast<int>(target.benchmarks.size());
    }
    setRowCount(rows);
    int row = 0;
    for (const auto &target : advice.realisticTargets) {
        addTargetRow(row++, target);
        for (const auto &benchmark : target.benchmarks) {
            addBenchmarkRow(row++, benchmark);
        }
    }
    fitColumns();
}

void TargetsTable::fitColumns()
{
    // Columns fit the measures' own cells; a benchmark's sentence then wraps within the
    // columns it spans. Hidden rows do not count towards a column's width.
    QList<int> benchmarkRows;
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, MetricColumn)->data(BenchmarkIdRole).isValid()) {
            benchmarkRows.append(row);
            setRowHidden(row, true);
        }
    }
    // The horizons stretch, but never so narrow that a word of theirs is cut mid-word
    // ("Ausgang…"): the widest word sets the least width of every column.
    int widestWord = 0;
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = FirstHorizonColumn; column < OwnerColumn && !isRowHidden(row); ++column) {
            const QTableWidgetItem *cell = item(row, column);
            if (cell) {
                widestWord = std::max(widestWord, WidestWord::in(fontMetrics(), cell->text()));
            }
        }
    }
    for (int column = FirstHorizonColumn; column < OwnerColumn; ++column) {
        widestWord = std::max(
            widestWord, fontMetrics().horizontalAdvance(horizontalHeaderItem(column)->text()));
    }
    WidestWord::keepWhole(horizontalHeader(), widestWord);
    for (const int column : {int(MetricColumn), int(OwnerColumn), int(BasisColumn)}) {
        resizeColumnToContents(column);
    }
    for (const int row : std::as_const(benchmarkRows)) {
        setRowHidden(row, false);
    }
    resizeRowsToContents();
}

void TargetsTable::addTargetRow(int row, const Advice::RealisticTarget &target)
{
    const bool countable = !target.unit.isEmpty() && target.unit != QLatin1String("%") &&
                           target.unit != QLatin1String("currency");
    auto *metric =
        readOnly(countable ? tr("%1 (%2)").arg(m_catalog.metricName(target.metricId), target.unit)
                           : m_catalog.metricName(target.metricId));
    metric->setData(MetricIdRole, target.metricId);
    if (const Metric *known = m_catalog.metric(target.metricId)) {
        metric->setToolTip(known->definition);
    }
    setItem(row, MetricColumn, metric);
    for (int column = 0; column < static_cast<int>(std::size(Advisor::kHorizons)); ++column) {
        auto *cell = readOnly(Targets::atHorizon(target, Advisor::kHorizons[column]));
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, FirstHorizonColumn + column, cell);
    }

    // A measure with ranges has the owner's target from the followers group; the others take
    // a figure of the owner's own, typed here.
    const bool ownFigure = target.ranges.isEmpty();
    auto *owner = ownFigure ? new QTableWidgetItem(Targets::ownerTarget(target))
                            : readOnly(Targets::ownerTarget(target));
    if (ownFigure) {
        owner->setData(OwnFigureDelegate::FigureRole,
                       target.ownFigure ? QVariant(*target.ownFigure) : QVariant());
        owner->setData(OwnFigureDelegate::UnitRole, target.unit);
        owner->setToolTip(tr("Double-click to enter your own figure for this measure; it is "
                             "shown beside the published benchmarks and saved with the "
                             "scenario. \"not set\" removes it."));
        if (!target.ownFigure) {
            owner->setText(tr("add yours"));
            owner->setForeground(palette().brush(QPalette::PlaceholderText));
        }
    }
    setItem(row, OwnerColumn, owner);

    bool illustrative = false;
    QStringList titles;
    for (const auto &citation : target.sources) {
        if (const Source *source = m_catalog.source(citation.sourceId)) {
            illustrative = illustrative || source->kind == Source::Kind::Illustrative;
            titles.append(source->title);
        }
    }
    titles.removeDuplicates();
    QString basisText = illustrative ? tr("Assumption") : tr("Sourced");
    QString basisTip = titles.join(QLatin1Char('\n'));
    if (target.ranges.isEmpty()) {
        basisText = target.benchmarks.isEmpty() ? tr("Agree a baseline") : tr("Benchmarks below");
        basisTip = target.benchmarks.isEmpty() ? Targets::noBenchmark()
                                               : tr("The sources give no range for this measure: "
                                                    "agree a target with the hire, and compare "
                                                    "with the published figures below.");
    }
    auto *basis = readOnly(basisText);
    basis->setToolTip(basisTip);
    if (illustrative) {
        QFont font = basis->font();
        font.setItalic(true);
        basis->setFont(font);
    }
    setItem(row, BasisColumn, basis);
}

void TargetsTable::addBenchmarkRow(int row, const Benchmark &benchmark)
{
    // The sentence spans the measure, horizons and owner columns, indented under its measure.
    auto *figure = readOnly(QStringLiteral("    ") + Targets::benchmark(m_catalog, benchmark));
    figure->setData(BenchmarkIdRole, benchmark.id);
    figure->setToolTip(QStringLiteral("“%1”").arg(benchmark.quote));
    setItem(row, MetricColumn, figure);
    setSpan(row, MetricColumn, 1, OwnerColumn - MetricColumn + 1);
    auto *basis = readOnly(tr("Published benchmark"));
    if (const Source *source = m_catalog.source(benchmark.sourceId)) {
        basis->setToolTip(SourceText::listEntry(*source) + QStringLiteral("\n\n") + source->method);
    }
    setItem(row, BasisColumn, basis);
}

void TargetsTable::ownerCellChanged(QTableWidgetItem *item)
{
    if (item->column() != OwnerColumn) {
        return;
    }
    const QTableWidgetItem *metric = this->item(item->row(), MetricColumn);
    if (!metric) {
        return;
    }
    emit ownFigureEdited(metric->data(MetricIdRole).toString(),
                         item->data(OwnFigureDelegate::FigureRole));
}

int TargetsTable::rowOf(const QString &metricId) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem *metric = item(row, MetricColumn);
        if (metric && metric->data(MetricIdRole).toString() == metricId &&
            !metric->data(BenchmarkIdRole).isValid()) {
            return row;
        }
    }
    return -1;
}

QList<int> TargetsTable::benchmarkRows(const QString &metricId) const
{
    QList<int> rows;
    const int first = rowOf(metricId);
    if (first < 0) {
        return rows;
    }
    for (int row = first + 1; row < rowCount(); ++row) {
        const QTableWidgetItem *cell = item(row, MetricColumn);
        if (!cell || !cell->data(BenchmarkIdRole).isValid()) {
            break;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace rolelens
