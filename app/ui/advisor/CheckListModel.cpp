#include "ui/advisor/CheckListModel.h"

namespace rolelens {

CheckListModel::CheckListModel(QObject *parent) : QAbstractListModel(parent) {}

void CheckListModel::addChoices(const QList<Choice> &choices)
{
    if (choices.isEmpty()) {
        return;
    }
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(choices.size()) - 1);
    m_choices.reserve(m_choices.size() + static_cast<std::size_t>(choices.size()));
    for (const Choice &choice : choices) {
        m_rows.insert(choice.id, static_cast<int>(m_choices.size()));
        m_choices.push_back(choice);
    }
    endInsertRows();
}

void CheckListModel::relabel(const QList<Choice> &choices)
{
    for (const Choice &choice : choices) {
        const int row = rowOf(choice.id);
        if (row >= 0) {
            Choice &shown = m_choices[static_cast<std::size_t>(row)];
            shown.label = choice.label;
            shown.toolTip = choice.toolTip;
        }
    }
    if (rowCount() > 0) {
        emit dataChanged(index(0), index(rowCount() - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::ToolTipRole});
    }
}

int CheckListModel::rowOf(const QString &id) const
{
    return m_rows.value(id, -1);
}

bool CheckListModel::isChecked(int row) const
{
    return row >= 0 && row < rowCount() && m_choices[static_cast<std::size_t>(row)].checked;
}

void CheckListModel::setChecked(int row, bool checked)
{
    if (row < 0 || row >= rowCount() || isChecked(row) == checked) {
        return;
    }
    m_choices[static_cast<std::size_t>(row)].checked = checked;
    emit dataChanged(index(row), index(row), {Qt::CheckStateRole});
}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_choices.size());
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Choice &choice = m_choices[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return choice.label;
    case Qt::ToolTipRole:
        return choice.toolTip.isEmpty() ? QVariant() : QVariant(choice.toolTip);
    case Qt::CheckStateRole:
        return choice.checked ? Qt::Checked : Qt::Unchecked;
    case IdRole:
        return choice.id;
    default:
        return {};
    }
}

bool CheckListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const bool checked = value.value<Qt::CheckState>() == Qt::Checked;
    if (isChecked(index.row()) == checked) {
        return true;
    }
    setChecked(index.row(), checked);
    emit toggled(m_choices[static_cast<std::size_t>(index.row())].id, checked);
    return true;
}

Qt::ItemFlags CheckListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable : Qt::NoItemFlags;
}

} // namespace rolelens
