#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"

#include <QTableWidget>

namespace rolelens {

// What to judge the hire by instead: the role's main measures with realistic ranges after 3,
// 6 and 12 months where the catalog has an assumption for them, next to the owner's target.
// Ranges from an illustrative source are labelled as assumptions. Under each measure, a row
// per published benchmark gives its figure in the words every output uses. The owner's own
// figure for a measure without a range is edited in place (double-click): the table says so
// with ownFigureEdited() and shows the figure once the scenario holds it.
class TargetsTable : public QTableWidget {
    Q_OBJECT

public:
    enum Column { MetricColumn, FirstHorizonColumn, OwnerColumn = 4, BasisColumn, ColumnCount };
    // On a measure's first cell: its metric id. On a benchmark row's first cell: its id.
    static constexpr int MetricIdRole = Qt::UserRole;
    static constexpr int BenchmarkIdRole = Qt::UserRole + 3;

    explicit TargetsTable(const Catalog &catalog, QWidget *parent = nullptr);

    void setAdvice(const Advice &advice);
    // The row of a measure, -1 if it has none.
    int rowOf(const QString &metricId) const;
    // The rows of the benchmarks under a measure's row.
    QList<int> benchmarkRows(const QString &metricId) const;

signals:
    // The owner typed a figure for the measure, or cleared it (an invalid value).
    void ownFigureEdited(const QString &metricId, const QVariant &value);

private:
    void addTargetRow(int row, const Advice::RealisticTarget &target);
    void addBenchmarkRow(int row, const Benchmark &benchmark);
    void fitColumns();
    void ownerCellChanged(QTableWidgetItem *item);
    // An item that cannot be edited: only the owner's figures can.
    static QTableWidgetItem *readOnly(const QString &text);

    const Catalog &m_catalog;
};

} // namespace rolelens
