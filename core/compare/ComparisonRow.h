#pragma once

#include "compare/Relation.h"
#include "model/Dimension.h"

#include <QList>
#include <QStringList>

namespace rolelens {

// One dimension across the compared roles, in the order the roles were given.
struct ComparisonRow {
    Dimension dimension;
    QStringList texts;
    QList<QStringList> tags;
    Relation relation = Relation::Same;
};

} // namespace rolelens
