#pragma once

#include <QStyledItemDelegate>

namespace rolelens {

// Edits the owner's own figure for a measure in the targets table with a spin box in the
// measure's unit. The cell's text stays the figure as every output writes it; the number
// itself travels in FigureRole (invalid: none), the unit in UnitRole. Its lowest value stands
// for "not set", which clears the figure.
class OwnFigureDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int FigureRole = Qt::UserRole + 1;
    static constexpr int UnitRole = Qt::UserRole + 2;
    // The spin box at its minimum: no figure.
    static constexpr double kNotSet = -1;

    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace rolelens
