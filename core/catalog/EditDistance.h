#pragma once

#include <QString>
#include <QStringList>

namespace rolelens {

// Levenshtein distance: the number of single-character edits turning one string into the
// other. Used to suggest the id a user probably meant.
int editDistance(const QString &from, const QString &to);

// The COUNT candidates nearest to a mistyped text, nearest first (equal distances keep the
// candidates' order), ignoring case.
QStringList closestTo(const QString &text, const QStringList &candidates, int count = 3);

} // namespace rolelens
