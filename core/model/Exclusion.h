#pragma once

#include "model/Citation.h"

#include <QString>

namespace rolelens {

// A task a role does not do, and the role that does it instead.
struct Exclusion {
    QString task;
    QString handledBy; // role id
    Citations sources;
};

} // namespace rolelens
