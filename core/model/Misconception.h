#pragma once

#include "model/Citation.h"

#include <QString>

namespace rolelens {

// A common wrong belief about a role, and what is true instead.
struct Misconception {
    QString belief;
    QString reality;
    Citations sources;
};

} // namespace rolelens
