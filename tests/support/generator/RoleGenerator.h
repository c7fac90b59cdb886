#pragma once

#include <QJsonObject>
#include <QtGlobal>

namespace rolelens::bench {

// Role number `index` of the catalog generated from `seed`, as its JSON object: the same
// whichever file it is written to (CatalogGenerator.h describes what a role holds).
QJsonObject generateRole(int index, quint32 seed);

} // namespace rolelens::bench
