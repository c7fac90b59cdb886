#include "ui/advisor/AssumptionTableModel.h"

#include <QFont>

namespace rolelens {

AssumptionTableModel::AssumptionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssumptionTableModel::setRoles(const Catalog *catalog, const QStringList &roleIds)
{
    beginResetModel();
    // Keep what the user changed for roles that stay in the comparison.
    QHash<QString, ResultCurve> kept;
    for (const auto &row : std::as_const(m_rows)) {
        kept.insert(row.roleId, row.current);
    }
    m_catalog = catalog;
    m_rows.clear();
    for (const auto &id : roleIds) {
        const Role *role = catalog->role(id);
        if (role && role->expectedResults) {
            m_rows.append({role->id, role->title, *role->expectedResults,
                           kept.value(role->id, *role->expectedResults)});
        }
    }
    endResetModel();
    emit curvesChanged();
}

void AssumptionTableModel::resetToCatalog()
{
    beginResetModel();
    for (auto &row : m_rows) {
        row.current = row.catalogValue;
    }
    endResetModel();
    emit curvesChanged();
}

bool AssumptionTableModel::isChanged() const
{
    for (const auto &row : m_rows) {
        if (!(row.current == row.catalogValue)) {
            return true;
        }
    }
    return false;
}

QList<RoleCurve> AssumptionTableModel::curves() const
{
    QList<RoleCurve> list;
    for (const auto &row : m_rows) {
        list.append({row.roleId, row.title, row.current});
    }
    return list;
}

int AssumptionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AssumptionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

std::optional<double> AssumptionTableModel::valueOf(const ResultCurve &curve, int column)
{
    switch (column) {
    case StartColumn:
        return curve.startDelayWeeks;
    case RampColumn:
        return curve.rampWeeks;
    case HoldColumn:
        return curve.decayHalfLifeWeeks ? std::optional<double>(curve.holdWeeks) : std::nullopt;
    case HalfLifeColumn:
        return curve.decayHalfLifeWeeks;
    default:
        return std::nullopt;
    }
}

QVariant AssumptionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    if (column == RoleColumn) {
        return role == Qt::DisplayRole ? QVariant(row.title) : QVariant();
    }
    if (column == SourceColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
            return {};
        }
        QStringList titles;
        for (const auto &citation : row.current.sources) {
            const Source *source = m_catalog->source(citation.sourceId);
            titles.append(source ? source->title : citation.sourceId);
        }
        return titles.join(QStringLiteral("; "));
    }
    const std::optional<double> value = valueOf(row.current, column);
    const std::optional<double> original = valueOf(row.catalogValue, column);
    const bool changed = value != original;
    switch (role) {
    case Qt::DisplayRole:
        if (value) {
            return QString::number(*value);
        }
        // Without a half-life there is no decay, so a hold means nothing.
        return column == HoldColumn ? QStringLiteral("–") : tr("lasts");
    case Qt::EditRole:
        return value ? QVariant(*value) : QVariant(QString());
    case Qt::FontRole: {
        QFont font;
        font.setBold(changed);
        return font;
    }
    case Qt::ToolTipRole:
        return changed ? tr("Changed from the catalog's value (%1)")
                             .arg(original ? QString::number(*original) : tr("lasts"))
                       : tr("The catalog's value: an assumption, not a measurement");
    default:
        return {};
    }
}

bool AssumptionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() < StartColumn || index.column() > HalfLifeColumn) {
        return false;
    }
    ResultCurve &curve = m_rows[index.row()].current;
    const QString text = value.toString().trimmed();
    if (index.column() == HalfLifeColumn && text.isEmpty()) {
        curve.decayHalfLifeWeeks.reset(); // the effect lasts
        curve.holdWeeks = 0.0;
    } else {
        bool ok = false;
        const double weeks = value.toDouble(&ok);
        const bool mustBePositive =
            index.column() == RampColumn || index.column() == HalfLifeColumn;
        if (!ok || weeks > ResultCurve::kMaxWeeks || weeks < 0.0 ||
            (mustBePositive && weeks == 0.0)) {
            return false;
        }
        switch (index.column()) {
        case StartColumn:
            curve.startDelayWeeks = weeks;
            break;
        case RampColumn:
            curve.rampWeeks = weeks;
            break;
        case HoldColumn:
            if (!curve.decayHalfLifeWeeks) {
                return false; // a hold only means something before a decay
            }
            curve.holdWeeks = weeks;
            break;
        case HalfLifeColumn:
            curve.decayHalfLifeWeeks = weeks;
            break;
        default:
            return false;
        }
    }
    emit dataChanged(this->index(index.row(), StartColumn),
                     this->index(index.row(), HalfLifeColumn));
    emit curvesChanged();
    return true;
}

Qt::ItemFlags AssumptionTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() >= StartColumn && index.column() <= HalfLifeColumn) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant AssumptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case RoleColumn:
        return tr("Role");
    case StartColumn:
        return tr("Start delay (weeks)");
    case RampColumn:
        return tr("Ramp to full effect (weeks)");
    case HoldColumn:
        return tr("Hold (weeks)");
    case HalfLifeColumn:
        return tr("Half-life (weeks)");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace rolelens
