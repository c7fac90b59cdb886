#include "ui/widgets/WidestWord.h"

#include <QRegularExpression>

#include <algorithm>

namespace rolelens {

int WidestWord::in(const QFontMetrics &metrics, const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\s/]+|(?<=-)"));
    int widest = 0;
    for (const QString &word : text.split(breaks, Qt::SkipEmptyParts)) {
        widest = std::max(widest, metrics.horizontalAdvance(word));
    }
    return widest;
}

} // namespace rolelens
