#include "CheckList.h"

namespace rolelens {

CheckList::CheckList(QWidget *parent) : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemChanged, this, &CheckList::itemToggled);
}

void CheckList::addChoice(const QString &id, const QString &label, const QString &toolTip)
{
    auto *item = new QListWidgetItem(label);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    item->setToolTip(toolTip);
    m_updating = true;
    addItem(item);
    m_updating = false;
    fitHeight();
}

QListWidgetItem *CheckList::itemFor(const QString &id) const
{
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(Qt::UserRole).toString() == id) {
            return item(row);
        }
    }
    return nullptr;
}

void CheckList::setCheckedIds(const QStringList &ids)
{
    m_updating = true;
    m_checked.clear();
    for (int row = 0; row < count(); ++row) {
        item(row)->setCheckState(Qt::Unchecked);
    }
    for (const auto &id : ids) {
        if (QListWidgetItem *found = itemFor(id); found && !m_checked.contains(id)) {
            found->setCheckState(Qt::Checked);
            m_checked.append(id);
        }
    }
    m_updating = false;
}

void CheckList::setChecked(const QString &id, bool checked)
{
    if (QListWidgetItem *found = itemFor(id)) {
        found->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

void CheckList::itemToggled(QListWidgetItem *item)
{
    if (m_updating) {
        return;
    }
    const QString id = item->data(Qt::UserRole).toString();
    const bool checked = item->checkState() == Qt::Checked;
    if (checked == m_checked.contains(id)) {
        return;
    }
    if (checked) {
        m_checked.append(id);
    } else {
        m_checked.removeAll(id);
    }
    emit checkedIdsChanged();
}

void CheckList::fitHeight()
{
    const int rowHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height();
    setFixedHeight(rowHeight * count() + 2 * frameWidth() + 4);
    setMinimumWidth(sizeHintForColumn(0) + 2 * frameWidth() + 8);
}

} // namespace rolelens
