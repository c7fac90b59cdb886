#pragma once

#include "catalog/Catalog.h"
#include "catalog/SearchIndex.h"
#include "fit/RoleFit.h"

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

// The role ids of a self-check's ranking, in its order.
inline QStringList rankedRoles(const QList<RoleFit> &fits)
{
    QStringList ids;
    for (const RoleFit &fit : fits) {
        ids.append(fit.roleId);
    }
    return ids;
}

} // namespace rolelens::testing
