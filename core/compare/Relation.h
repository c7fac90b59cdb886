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

} // namespace relations
} // namespace rolelens
