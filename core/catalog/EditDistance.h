#pragma once

#include <QString>
#include <QStringList>

#include <limits>

namespace rolelens {

// Levenshtein distance: the number of single-character edits turning one string into the
// other. Used to suggest the id a user probably meant, and the word a search probably meant.
// With a `limit`, any distance above it is given as limit + 1, found as soon as it is certain:
// a search compares a typed word with every word it knows and wants only the near ones.
int editDistance(const QString &from, const QString &to,
                 int limit = std::numeric_limits<int>::max() - 1);

// The COUNT candidates nearest to a mistyped text, nearest first (equal distances keep the
// candidates' order), ignoring case.
QStringList closestTo(const QString &text, const QStringList &candidates, int count = 3);

} // namespace rolelens
