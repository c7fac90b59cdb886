#pragma once

#include "catalog/Catalog.h"
#include "charts/MetricChartBuilder.h"
#include "model/ResultCurve.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QUndoStack>

#include <optional>

namespace rolelens {

// The expected-results assumptions of the compared roles, shown beside their chart and open
// to change: an owner can try their own numbers. Changed values are marked; the catalog's
// values can be restored. A value out of range is refused with the reason, which the cell
// then shows as its tooltip. Given an undo stack, every change goes through it
// (AssumptionCommand).
class AssumptionTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    // The values in force, by role id.
    using Values = QHash<QString, ResultCurve>;

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
    // Every row back to the catalog's values; through the undo stack when there is one.
    void resetToCatalog();
    bool isChanged() const;
    // From now on edits and resets are pushed onto `stack`; null: they are applied at once.
    void setUndoStack(QUndoStack *stack);
    Values values() const;
    // Each row takes its value from `values`, or the catalog's when it has none there; what
    // undo and redo do. Emits curvesChanged() when anything changed.
    void setValues(const Values &values);
    // Why the last edit of the cell was refused; empty when it was not.
    QString refusal(const QModelIndex &index) const;
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
    // An edit was refused: the value is out of range, or means nothing there.
    void editRefused(const QModelIndex &index, const QString &reason);

private:
    struct Row {
        QString roleId;
        QString title;
        ResultCurve catalogValue;
        ResultCurve current;
    };
    struct Refusal {
        QString roleId;
        int column;
        QString reason;
    };
    static std::optional<double> valueOf(const ResultCurve &curve, int column);
    // Applies an edit of `column` to `curve`; the reason when it is refused, otherwise empty.
    static QString edit(ResultCurve &curve, int column, const QVariant &value);
    static QString rangeRule(int column);
    static QString columnName(int column);
    QVariant markChanged(int role, bool changed, const std::optional<double> &original) const;
    void refuse(const QModelIndex &index, const QString &reason);
    // Through the undo stack when there is one. `cell` names a single cell's edit, so that
    // consecutive edits of it merge.
    void commit(const Values &after, const QString &text, const QString &cell);

    const Catalog *m_catalog = nullptr;
    QList<Row> m_rows;
    QPointer<QUndoStack> m_undoStack;
    std::optional<Refusal> m_refusal;
};

} // namespace rolelens
