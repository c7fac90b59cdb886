#include "ui/advisor/CheckList.h"

#include "ui/widgets/Retranslation.h"

#include <QStyle>

#include <algorithm>

namespace rolelens {

CheckList::CheckList(QWidget *parent) : QListView(parent), m_model(new CheckListModel(this))
{
    setModel(m_model);
    setSelectionMode(QAbstractItemView::NoSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustIgnored);
    setUniformItemSizes(true);
    connect(m_model, &CheckListModel::toggled, this, &CheckList::toggled);
}

void CheckList::addChoice(const QString &id, const QString &label, const QString &toolTip)
{
    m_model->addChoices({{id, label, toolTip}});
}

void CheckList::addChoices(const QList<CheckListModel::Choice> &choices)
{
    m_model->addChoices(choices);
}

void CheckList::addChoicesFrom(std::function<QList<CheckListModel::Choice>()> source)
{
    m_model->addChoices(source());
    Retranslation::onChange(this, [this, source] { m_model->relabel(source()); });
}

int CheckList::count() const
{
    return m_model->rowCount();
}

void CheckList::setCheckedIds(const QStringList &ids)
{
    // Only what is checked needs unchecking: a list may hold thousands of choices.
    for (const auto &checked : std::as_const(m_checked)) {
        m_model->setChecked(m_model->rowOf(checked), false);
    }
    m_checked.clear();
    for (const auto &id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && !m_checked.contains(id)) {
            m_model->setChecked(row, true);
            m_checked.append(id);
        }
    }
}

void CheckList::setChecked(const QString &id, bool checked)
{
    const int row = m_model->rowOf(id);
    if (row >= 0) {
        m_model->setData(m_model->index(row), checked ? Qt::Checked : Qt::Unchecked,
                         Qt::CheckStateRole);
    }
}

bool CheckList::isChecked(const QString &id) const
{
    return m_model->isChecked(m_model->rowOf(id));
}

void CheckList::toggled(const QString &id, bool checked)
{
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
