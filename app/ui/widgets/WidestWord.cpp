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

void WidestWord::widenFirstPane(QSplitter *splitter, int needed)
{
    QList<int> sizes = splitter->sizes();
    const int extra = needed - sizes.value(0);
    if (sizes.size() < 2 || extra <= 0 || sizes.value(1) <= extra) {
        return;
    }
    sizes[0] += extra;
    sizes[1] = std::max(0, sizes[1] - extra);
    splitter->setSizes(sizes);
}

} // namespace rolelens
