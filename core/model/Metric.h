#pragma once

#include "model/Citation.h"

#include <QString>

namespace rolelens {

// A success metric a role can be judged by, defined once for the whole catalog.
struct Metric {
    QString id;
    QString name;
    QString definition;
    QString formula; // empty where the metric has no formula
    QString unit;
    bool higherIsBetter = true;
    Citations sources;
};

} // namespace rolelens
