#include "ui/compare/ComparisonTableModel.h"

#include "model/TagLabels.h"
#include "ui/widgets/WidestWord.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace rolelens {

ComparisonTableModel::ComparisonTableModel(QObject *parent) : QAbstractTableModel(parent) {}

namespace {

QString bulleted(const QStringList &names)
{
    return names.isEmpty() ? ComparisonTableModel::tr("none")
                           : QStringLiteral("• ") + names.join(QStringLiteral("\n• "));
}

} // namespace

void ComparisonTableModel::setComparison(const Catalog *catalog, const Comparison &comparison)
{
    beginResetModel();
    m_catalog = catalog;
    m_comparison = comparison;
    m_itemRows.clear();
    const Role &first = *catalog->role(comparison.roleIds.first());
    const auto rows = [&](const SharedAndUnique &split, const QString &sharedLabel,
                          const QString &uniqueLabel, auto namesIn) {
        ItemRows item{sharedLabel, uniqueLabel, bulleted(namesIn(first, split.shared)), {}};
        for (const auto &id : comparison.roleIds) {
            item.unique.append(bulleted(namesIn(*catalog->role(id), split.unique.value(id))));
        }
        m_itemRows.append(item);
    };
    rows(comparison.responsibilities, tr("Responsibilities shared by all"),
         tr("Responsibilities of this role only"),
         [](const Role &role, const QStringList &ids) { return role.responsibilityNames(ids); });
    rows(comparison.skills, tr("Skills shared by all"), tr("Skills of this role only"),
         [](const Role &role, const QStringList &ids) { return role.skillNames(ids); });
    rows(comparison.metrics, tr("Metrics shared by all"), tr("Metrics of this role only"),
         [catalog](const Role &, const QStringList &ids) { return catalog->metricNames(ids); });
    endResetModel();
}

void ComparisonTableModel::clear()
{
    beginResetModel();
    m_catalog = nullptr;
    m_comparison = {};
    m_itemRows.clear();
    endResetModel();
}

int ComparisonTableModel::dimensionRowCount() const
{
    return static_cast<int>(m_comparison.rows.size());
}

int ComparisonTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog
               ? 0
               : dimensionRowCount() + 2 * static_cast<int>(m_itemRows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_catalog ? 0 : static_cast<int>(m_comparison.roleIds.size());
}

ComparisonTableModel::RowKind ComparisonTableModel::rowKind(int row) const
{
    if (row < dimensionRowCount()) {
        return RowKind::Dimension;
    }
    return (row - dimensionRowCount()) % 2 == 0 ? RowKind::SharedItems : RowKind::UniqueItems;
}

const ComparisonTableModel::ItemRows &ComparisonTableModel::itemRows(int row) const
{
    return m_itemRows.at((row - dimensionRowCount()) / 2);
}

QVariant ComparisonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole) {
        // Top-aligned, so the columns read across and a tall cell starts where it is seen.
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    }
    switch (rowKind(row)) {
    case RowKind::Dimension: {
        const ComparisonRow &comparisonRow = m_comparison.rows.at(row);
        switch (role) {
        case Qt::DisplayRole:
            return comparisonRow.texts.at(column);
        case Qt::ToolTipRole:
            return tr("Tags: %1").arg(tags::labels(comparisonRow.tags.at(column)));
        case RelationRole:
            return static_cast<int>(comparisonRow.relation);
        case Qt::BackgroundRole: {
            if (comparisonRow.relation == Relation::Same) {
                return {};
            }
            QColor tint = QApplication::palette().color(QPalette::Highlight);
            tint.setAlpha(comparisonRow.relation == Relation::Different ? 60 : 28);
            return tint;
        }
        default:
            return {};
        }
    }
    case RowKind::SharedItems:
        if (role == Qt::DisplayRole) {
            return column == 0 ? itemRows(row).shared : QString();
        }
        return {};
    case RowKind::UniqueItems:
        if (role == Qt::DisplayRole) {
            return itemRows(row).unique.at(column);
        }
        return {};
    }
    return {};
}

QStringList ComparisonTableModel::roleTitles() const
{
    QStringList titles;
    for (const auto &id : m_comparison.roleIds) {
        titles.append(m_catalog->roleTitle(id));
    }
    return titles;
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_catalog || section < 0) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section < m_comparison.roleIds.size()) {
            return m_catalog->role(m_comparison.roleIds.at(section))->title;
        }
        return {};
    }
    if (section >= rowCount()) {
        return {};
    }
    if (rowKind(section) != RowKind::Dimension) {
        if (role == Qt::DisplayRole) {
            return rowKind(section) == RowKind::SharedItems ? itemRows(section).sharedLabel
                                                            : itemRows(section).uniqueLabel;
        }
        return {};
    }
    const ComparisonRow &row = m_comparison.rows.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1\n(%2)")
            .arg(dimensions::label(row.dimension),
                 relations::described(row.relation, row.tags, roleTitles()));
    case Qt::FontRole: {
        QFont font;
        font.setBold(row.relation == Relation::Different);
        return font;
    }
    case Qt::ToolTipRole:
        return tr("Same: the roles carry the same tags. Overlap: some tags are shared. "
                  "Different: no tag is shared.");
    default:
        return {};
    }
}

int ComparisonTableModel::widestWord(const QFontMetrics &metrics) const
{
    int widest = 0;
    for (int column = 0; column < columnCount(); ++column) {
        widest = std::max(widest,
                          WidestWord::in(metrics, headerData(column, Qt::Horizontal).toString()));
        for (int row = 0; row < rowCount(); ++row) {
            if (rowKind(row) != RowKind::SharedItems) {
                widest =
                    std::max(widest, WidestWord::in(metrics, index(row, column).data().toString()));
            }
        }
    }
    return widest;
}

} // namespace rolelens
