#include "ui/widgets/WrappingTreeWidget.h"

#include "ui/widgets/ItemToolTipKeys.h"
#include "ui/widgets/WrappingItemDelegate.h"

#include <QHeaderView>

namespace rolelens {

WrappingTreeWidget::WrappingTreeWidget(QWidget *parent) : QTreeWidget(parent)
{
    // Sources' quotations and the fit's explanation are tooltips: the keyboard reads them too.
    ItemToolTipKeys::install(this);
}

QStringList WrappingTreeWidget::topLevelIds() const
{
    QStringList ids;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QString id = topLevelItem(i)->data(0, IdRole).toString();
        if (!id.isEmpty()) {
            ids.append(id);
        }
    }
    return ids;
}

void WrappingTreeWidget::showOneWrappedColumn()
{
    setColumnCount(1);
    setHeaderHidden(true);
    setWordWrap(true);
    setItemDelegate(new WrappingItemDelegate(this));
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(true);
}

void WrappingTreeWidget::resizeEvent(QResizeEvent *event)
{
    QTreeWidget::resizeEvent(event);
    // Wrapped rows change height with the width: lay them out again.
    scheduleDelayedItemsLayout();
}

} // namespace rolelens
