#include "CheckList.h"

#include <QStyle>

#include <algorithm>

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
    m_items.insert(id, item);
}

QListWidgetItem *CheckList::itemFor(const QString &id) const
{
    return m_items.value(id);
}

void CheckList::setCheckedIds(const QStringList &ids)
{
    m_updating = true;
    // Only what is checked needs unchecking: a list may hold thousands of choices.
    for (const auto &checked : std::as_const(m_checked)) {
        if (QListWidgetItem *found = itemFor(checked)) {
            found->setCheckState(Qt::Unchecked);
        }
    }
    m_checked.clear();
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

void CheckList::fitToChoices()
{
    const int rowHeight = count() > 0 ? sizeHintForRow(0) : fontMetrics().height();
    const int rows = std::min(count(), kMaxVisibleRows);
    setVerticalScrollBarPolicy(count() > kMaxVisibleRows ? Qt::ScrollBarAsNeeded
                                                         : Qt::ScrollBarAlwaysOff);
    setFixedHeight(rowHeight * std::max(rows, 1) + 2 * frameWidth() + 4);
    // Measuring every label costs a text layout each: beyond a few hundred choices, a width
    // of about 40 characters serves as well.
    constexpr int kMeasuredChoices = 200;
    const int labels =
        count() <= kMeasuredChoices ? sizeHintForColumn(0) : fontMetrics().averageCharWidth() * 40;
    const int scrollBar =
        count() > kMaxVisibleRows ? style()->pixelMetric(QStyle::PM_ScrollBarExtent) : 0;
    setMinimumWidth(labels + scrollBar + 2 * frameWidth() + 8);
}

} // namespace rolelens
