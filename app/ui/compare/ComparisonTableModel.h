#pragma once

#include "catalog/Catalog.h"
#include "compare/Comparison.h"

#include <QAbstractTableModel>
#include <QFontMetrics>

namespace rolelens {

// A comparison as a table: one column per role, one row per dimension, then rows for the
// responsibilities, skills and metrics the roles share (spanning all columns) and those each
// holds alone. Rows whose roles differ carry their relation for the view to mark.
class ComparisonTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum DataRole { RelationRole = Qt::UserRole + 1 };
    enum class RowKind { Dimension, SharedItems, UniqueItems };

    explicit ComparisonTableModel(QObject *parent = nullptr);

    void setComparison(const Catalog *catalog, const Comparison &comparison);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    RowKind rowKind(int row) const;
    // The widest word of the role titles and of the cells (the shared items' rows span the
    // table, and do not count): the least width a column can have without cutting one.
    int widestWord(const QFontMetrics &metrics) const;
    int dimensionRowCount() const;

private:
    struct ItemRows {
        QString sharedLabel;
        QString uniqueLabel;
        QString shared;     // names, one per line
        QStringList unique; // per role
    };

    const ItemRows &itemRows(int row) const;

    QStringList roleTitles() const;

    const Catalog *m_catalog = nullptr;
    Comparison m_comparison;
    QList<ItemRows> m_itemRows;
};

} // namespace rolelens
