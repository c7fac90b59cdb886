#include "ui/widgets/ReadableIndicatorStyle.h"

#include <QPainter>
#include <QStyleOption>

namespace rolelens {

ReadableIndicatorStyle::ReadableIndicatorStyle(QStyle *base) : QProxyStyle(base) {}

void ReadableIndicatorStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                           QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool checkBox =
        element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    if (!checkBox || !dark) {
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(option->palette.color(QPalette::Mid).lighter(140), 1));
    painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -1.5, -1.5), 1.5, 1.5);
    painter->restore();
}

} // namespace rolelens
