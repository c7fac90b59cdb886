#pragma once

#include "model/Citation.h"

#include <QString>

namespace rolelens {

// Something a role is expected to do. Roles that share a responsibility use the same id.
struct Responsibility {
    QString id;
    QString name;
    QString description;
    Citations sources;
};

} // namespace rolelens
