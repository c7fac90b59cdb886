#include "catalog/EditDistance.h"

#include <QList>

#include <algorithm>

namespace rolelens {

int editDistance(const QString &from, const QString &to)
{
    QList<int> previous(to.size() + 1);
    QList<int> current(to.size() + 1);
    for (qsizetype j = 0; j <= to.size(); ++j) {
        previous[j] = static_cast<int>(j);
    }
    for (qsizetype i = 1; i <= from.size(); ++i) {
        current[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= to.size(); ++j) {
            const int substitution = previous[j - 1] + (from[i - 1] == to[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[to.size()];
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
