#include "ui/advisor/AssumptionTableModel.h"

#include "i18n/InSentence.h"
#include "i18n/Punctuation.h"
#include "ui/advisor/AssumptionCommand.h"
#include "ui/window/AppPalette.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>

#include <utility>

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
    m_refusal.reset();
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
    Values catalogValues;
    for (const auto &row : std::as_const(m_rows)) {
        catalogValues.insert(row.roleId, row.catalogValue);
    }
    commit(catalogValues, tr("restore the catalog's assumptions"), {});
}

void AssumptionTableModel::setUndoStack(QUndoStack *stack)
{
    m_undoStack = stack;
}

AssumptionTableModel::Values AssumptionTableModel::values() const
{
    Values values;
    for (const auto &row : m_rows) {
        values.insert(row.roleId, row.current);
    }
    return values;
}

void AssumptionTableModel::setValues(const Values &values)
{
    // A refusal is about the value it refused to replace, which may be gone now.
    const std::optional<Refusal> refusal = std::exchange(m_refusal, std::nullopt);
    bool changed = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const ResultCurve value = values.value(row.roleId, row.catalogValue);
        if (value == row.current && !(refusal && refusal->roleId == row.roleId)) {
            continue;
        }
        changed = changed || !(value == row.current);
        row.current = value;
        emit dataChanged(index(i, StartColumn), index(i, HalfLifeColumn));
    }
    if (changed) {
        emit curvesChanged();
    }
}

void AssumptionTableModel::commit(const Values &after, const QString &text, const QString &cell)
{
    if (after == values()) {
        return;
    }
    if (m_undoStack) {
        m_undoStack->push(new AssumptionCommand(this, text, values(), after, cell));
    } else {
        setValues(after);
    }
}

QString AssumptionTableModel::refusal(const QModelIndex &index) const
{
    if (!m_refusal || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.column() != m_refusal->column || m_rows.at(index.row()).roleId != m_refusal->roleId) {
        return {};
    }
    return m_refusal->reason;
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
        return Punctuation::semicolons(titles);
    }
    const std::optional<double> value = valueOf(row.current, column);
    const std::optional<double> original = valueOf(row.catalogValue, column);
    switch (role) {
    case Qt::DisplayRole:
        if (value) {
            return QString::number(*value);
        }
        // Without a half-life there is no decay, so a hold means nothing.
        //: A half-life cell without a value: the effect never fades.
        return column == HoldColumn ? QStringLiteral("–") : tr("lasts");
    case Qt::EditRole:
        return value ? QVariant(*value) : QVariant(QString());
    case Qt::ToolTipRole:
        if (const QString reason = refusal(index); !reason.isEmpty()) {
            return reason;
        }
        return markChanged(role, value != original, original);
    default:
        return markChanged(role, value != original, original);
    }
}

QVariant AssumptionTableModel::markChanged(int role, bool changed,
                                           const std::optional<double> &original) const
{
    switch (role) {
    case Qt::FontRole: {
        QFont font;
        font.setBold(changed);
        return font;
    }
    case Qt::BackgroundRole:
        // Bold alone is easy to miss in a row of figures.
        return changed ? QVariant(QBrush(AppPalette::changedBackground(QGuiApplication::palette())))
                       : QVariant();
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
    const Row &row = m_rows.at(index.row());
    ResultCurve curve = row.current;
    if (const QString reason = edit(curve, index.column(), value); !reason.isEmpty()) {
        refuse(index, reason);
        return false;
    }
    if (m_refusal) {
        m_refusal.reset();
        emit dataChanged(index, index, {Qt::ToolTipRole});
    }
    Values after = values();
    after.insert(row.roleId, curve);
    commit(
        after,
        tr("change the %1 of the %2").arg(columnName(index.column()), InSentence::label(row.title)),
        row.roleId + QLatin1Char('/') + QString::number(index.column()));
    return true;
}

QString AssumptionTableModel::edit(ResultCurve &curve, int column, const QVariant &value)
{
    if (column == HalfLifeColumn && value.toString().trimmed().isEmpty()) {
        curve.decayHalfLifeWeeks.reset(); // the effect lasts
        curve.holdWeeks = 0.0;
        return {};
    }
    if (column == HoldColumn && !curve.decayHalfLifeWeeks) {
        return tr("A hold only means something before the effect fades: give a half-life first "
                  "(without one the effect lasts).");
    }
    bool ok = false;
    const double weeks = value.toDouble(&ok);
    const bool mustBePositive = column == RampColumn || column == HalfLifeColumn;
    if (!ok || weeks > ResultCurve::kMaxWeeks || weeks < 0.0 || (mustBePositive && weeks == 0.0)) {
        return rangeRule(column);
    }
    switch (column) {
    case StartColumn:
        curve.startDelayWeeks = weeks;
        break;
    case RampColumn:
        curve.rampWeeks = weeks;
        break;
    case HoldColumn:
        curve.holdWeeks = weeks;
        break;
    default:
        curve.decayHalfLifeWeeks = weeks;
        break;
    }
    return {};
}

QString AssumptionTableModel::rangeRule(int column)
{
    const QString most = QString::number(ResultCurve::kMaxWeeks);
    switch (column) {
    case StartColumn:
        return tr("The start delay must be 0 to %1 weeks.").arg(most);
    case RampColumn:
        return tr("The ramp must be more than 0 weeks (at most %1).").arg(most);
    case HoldColumn:
        return tr("The hold must be 0 to %1 weeks.").arg(most);
    default:
        return tr("The half-life must be more than 0 weeks (at most %1); leave it empty for an "
                  "effect that lasts.")
            .arg(most);
    }
}

QString AssumptionTableModel::columnName(int column)
{
    switch (column) {
    case StartColumn:
        return tr("start delay");
    case RampColumn:
        return tr("ramp");
    case HoldColumn:
        return tr("hold");
    default:
        return tr("half-life");
    }
}

void AssumptionTableModel::refuse(const QModelIndex &index, const QString &reason)
{
    m_refusal = Refusal{m_rows.at(index.row()).roleId, index.column(), reason};
    emit dataChanged(index, index, {Qt::ToolTipRole});
    emit editRefused(index, reason);
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
