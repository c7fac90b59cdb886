#include "catalog/EditDistance.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>

namespace rolelens {

int editDistance(const QString &from, const QString &to, int limit)
{
    // The distance is at least the difference in length.
    if (std::abs(from.size() - to.size()) > limit) {
        return limit + 1;
    }
    // On the stack for words; the heap only for long texts.
    QVarLengthArray<int, 64> previous(to.size() + 1);
    QVarLengthArray<int, 64> current(to.size() + 1);
    for (qsizetype j = 0; j <= to.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= from.size(); ++i) {
        current[0] = static_cast<int>(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= to.size(); ++j) {
            const int substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
            rowBest = std::min(rowBest, current[j]);
        }
        // Every later row is at least this row's smallest value.
        if (rowBest > limit) {
            return limit + 1;
        }
        std::swap(previous, current);
    }
    return std::min(previous[to.size()], limit + 1);
}

QStringList closestTo(const QString &text, const QStringList &candidates, int count)
{
    const QString needle = text.toLower();
    QList<std::pair<int, QString>> ranked;
    for (const auto &candidate : candidates) {
        ranked.append({editDistance(needle, candidate.toLower()), candidate});
    }
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList nearest;
    for (qsizetype i = 0; i < ranked.size() && i < count; ++i) {
        nearest.append(ranked.at(i).second);
    }
    return nearest;
}

} // namespace rolelens
