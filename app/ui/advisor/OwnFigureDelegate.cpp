#include "ui/advisor/OwnFigureDelegate.h"

#include "scenario/Scenario.h"

#include <QDoubleSpinBox>

namespace rolelens {

QWidget *OwnFigureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QStringLiteral("ownFigureEditor"));
    box->setAccessibleName(tr("Your own figure for this measure"));
    // Whatever the box accepts, a scenario file accepts too.
    box->setRange(kNotSet, Scenario::kMaxOwnFigure);
    box->setDecimals(2);
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(tr("not set"));
    const QString unit = index.data(UnitRole).toString();
    if (!unit.isEmpty() && unit != QLatin1String("currency")) {
        box->setSuffix(QLatin1Char(' ') + unit);
    }
    return box;
}

void OwnFigureDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant figure = index.data(FigureRole);
    static_cast<QDoubleSpinBox *>(editor)->setValue(figure.isValid() ? figure.toDouble() : kNotSet);
}

void OwnFigureDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                     const QModelIndex &index) const
{
    auto *box = static_cast<QDoubleSpinBox *>(editor);
    box->interpretText();
    const double value = box->value();
    model->setData(index, value > kNotSet ? QVariant(value) : QVariant(), FigureRole);
}

} // namespace rolelens
