#pragma once

#include "catalog/Catalog.h"
#include "charts/MetricChartBuilder.h"
#include "model/ResultCurve.h"

#include <QAbstractTableModel>

namespace rolelens {

// The expected-results assumptions of the compared roles, shown beside their chart and open
// to change: an owner can try their own numbers. Changed values are marked; the catalog's
// values can be restored.
class AssumptionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RoleColumn,
        StartColumn,
        RampColumn,
        HoldColumn,
        HalfLifeColumn,
        SourceColumn,
        ColumnCount
    };

    explicit AssumptionTableModel(QObject *parent = nullptr);

    void setRoles(const Catalog *catalog, const QStringList &roleIds);
    void resetToCatalog();
    bool isChanged() const;
    // The roles that have assumptions, with the values in force now.
    QList<RoleCurve> curves() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void curvesChanged();

private:
    struct Row {
        QString roleId;
        QString title;
        ResultCurve catalogValue;
        ResultCurve current;
    };
    static std::optional<double> valueOf(const ResultCurve &curve, int column);

    const Catalog *m_catalog = nullptr;
    QList<Row> m_rows;
};

} // namespace rolelens
