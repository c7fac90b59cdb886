#include "ui/advisor/OwnFigureDelegate.h"

#include "scenario/Scenario.h"
#include "ui/widgets/AccessibleText.h"

#include <QDoubleSpinBox>

namespace rolelens {

QWidget *OwnFigureDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    Q_UNUSED(option)
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QStringLiteral("ownFigureEditor"));
    // Made anew for each edit, in the language of the moment.
    AccessibleText::set(box, tr("Your own figure for this measure"),
                        tr("A figure of your own for the measure, shown beside the published "
                           "benchmarks and saved with the scenario; \"not set\" removes it."));
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
