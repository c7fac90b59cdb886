#include "ui/widgets/ItemToolTipKeys.h"

#include <QAbstractItemView>
#include <QKeyEvent>
#include <QToolTip>
#include <QTreeView>

namespace rolelens {

void ItemToolTipKeys::install(QAbstractItemView *view)
{
    view->installEventFilter(new ItemToolTipKeys(view));
}

ItemToolTipKeys::ItemToolTipKeys(QAbstractItemView *view) : QObject(view), m_view(view) {}

bool ItemToolTipKeys::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress) {
        return false;
    }
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool asks = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ||
                       key->key() == Qt::Key_Space) &&
                      key->modifiers() == Qt::NoModifier;
    const QModelIndex current = m_view->currentIndex();
    // An open editor takes its own keys; these reach the view only when it has the focus.
    if (!asks || !current.isValid()) {
        return false;
    }
    if (auto *tree = qobject_cast<QTreeView *>(m_view);
        tree && m_view->model()->hasChildren(current)) {
        tree->setExpanded(current, !tree->isExpanded(current));
        return true;
    }
    const QString tip = current.data(Qt::ToolTipRole).toString();
    if (tip.isEmpty()) {
        return false;
    }
    const QRect cell = m_view->visualRect(current);
    QToolTip::showText(m_view->viewport()->mapToGlobal(cell.bottomLeft()), tip, m_view->viewport(),
                       cell);
    return true;
}

} // namespace rolelens
