#pragma once

#include <QStyledItemDelegate>

QT_BEGIN_NAMESPACE
class QTreeView;
QT_END_NAMESPACE

namespace rolelens {

// Wraps long item text in a tree: QTreeView asks its delegate for row heights without the
// column width, so this one measures the text against the width the column really has.
class WrappingItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    explicit WrappingItemDelegate(QTreeView *view);

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QTreeView *m_view;
};

} // namespace rolelens
