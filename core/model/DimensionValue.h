#pragma once

#include "model/Citation.h"

#include <QString>
#include <QStringList>

namespace rolelens {

// What one role says on one comparison dimension: prose for people, tags for the engine.
struct DimensionValue {
    QString text;
    QStringList tags;
    Citations sources;
};

} // namespace rolelens
