#pragma once

#include <QString>

namespace rolelens {

// Levenshtein distance: the number of single-character edits turning one string into the
// other. Used to suggest the id a user probably meant.
int editDistance(const QString &from, const QString &to);

} // namespace rolelens
