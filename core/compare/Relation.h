#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

// How the compared roles relate on one dimension, computed from their tags.
enum class Relation { Same, Overlap, Different };

namespace relations {

QString key(Relation relation);
QString label(Relation relation);
// Same: every role carries exactly the same tags. Overlap: at least one tag is carried by
// two or more roles. Different: no tag is shared by any two roles.
Relation between(const QList<QStringList> &tagSets);
// The roles (by position) that share no tag with any other: with three or four roles an
// "overlap" can hide that one of them stands apart.
QList<qsizetype> apart(const QList<QStringList> &tagSets);
// The relation as a reader sees it: "overlap", or, where some roles stand apart in an
// overlap of three or more, "overlap; apart: Social media influencer" (TITLES by position).
QString described(Relation relation, const QList<QStringList> &tagSets, const QStringList &titles);

} // namespace relations
} // namespace rolelens
