#pragma once

#include "catalog/Catalog.h"
#include "catalog/SearchIndex.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace rolelens::testing {

// The ids of the roles `query` matches in `index` (built over `catalog`), best first, as the
// role list shows them.
inline QStringList rankedRoles(const SearchIndex &index, const Catalog &catalog,
                               const QString &query)
{
    const std::vector<int> scores = index.scores(query);
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0U);
    std::stable_sort(order.begin(), order.end(),
                     [&scores](std::size_t a, std::size_t b) { return scores[a] > scores[b]; });
    QStringList ids;
    for (const std::size_t document : order) {
        if (scores[document] != 0) {
            ids.append(catalog.roles().at(static_cast<qsizetype>(document)).id);
        }
    }
    return ids;
}

} // namespace rolelens::testing
