#include "ui/widgets/WrappingItemDelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QStyle>
#include <QTreeView>

namespace rolelens {

WrappingItemDelegate::WrappingItemDelegate(QTreeView *view)
    : QStyledItemDelegate(view), m_view(view)
{
}

QSize WrappingItemDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    int depth = 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent()) {
        ++depth;
    }
    // A first column spanned over the others gets the whole row.
    const bool spanned = m_view->isFirstColumnSpanned(index.row(), index.parent());
    int width = spanned ? m_view->viewport()->width() : m_view->columnWidth(index.column());
    if (index.column() == 0) {
        width -= m_view->indentation() * (depth + (m_view->rootIsDecorated() ? 1 : 0));
    }
    const QStyle *style = m_view->style() ? m_view->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    width -= 2 * margin;
    if (!item.icon.isNull()) {
        width -= item.decorationSize.width() + 2 * margin;
    }
    const QSize natural = QStyledItemDelegate::sizeHint(option, index);
    if (width <= 0 || item.text.isEmpty()) {
        return natural;
    }
    const QRect bounds =
        item.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, item.text);
    return {natural.width(), std::max(natural.height(), bounds.height() + 2 * margin)};
}

} // namespace rolelens
