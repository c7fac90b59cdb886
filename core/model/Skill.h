#pragma once

#include "model/Citation.h"

#include <QString>

namespace rolelens {

// An ability a role needs. Roles that need the same skill use the same id.
struct Skill {
    QString id;
    QString name;
    QString description;
    Citations sources;
};

} // namespace rolelens
