#pragma once

#include "model/Citation.h"

#include <QString>
#include <QStringList>

namespace rolelens {

// Work a role does not do, or not usually, and the role that does it instead. `task` says
// what and why, with the sources' hedges; `taskIds` names the advisor's tasks it is about, so
// that advice on one task quotes only what concerns it.
struct Exclusion {
    QString task;
    QString handledBy; // role id
    Citations sources;
    QStringList taskIds; // ids of catalog tasks; none: it concerns no task the advisor asks
};

} // namespace rolelens
