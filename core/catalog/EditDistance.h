#pragma once

#include <QString>

#include <limits>

namespace rolelens {

// Levenshtein distance: the number of single-character edits turning one string into the
// other. Used to suggest the id a user probably meant, and the word a search probably meant.
// With a `limit`, any distance above it is given as limit + 1, found as soon as it is certain:
// a search compares a typed word with every word it knows and wants only the near ones.
int editDistance(const QString &from, const QString &to,
                 int limit = std::numeric_limits<int>::max() - 1);

} // namespace rolelens
