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

void WidestWord::keepWhole(QHeaderView *header, int widest)
{
    constexpr int kCellPadding = 12;
    header->setMinimumSectionSize(-1); // the style's, to compare with
    header->setMinimumSectionSize(std::max(widest + kCellPadding, header->minimumSectionSize()));
}

} // namespace rolelens
