#pragma once

#include "model/Dimension.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

// A tag a role's dimension must carry.
struct DimensionTag {
    Dimension dimension;
    QString tag;
};

// Something an owner wants from a hire ("brand awareness", "press coverage"). A role serves
// the goal when it is judged by one of `metrics` as a primary measure, or when its dimensions
// carry every tag in `tags`; the role's own citations for those are the goal's sources.
struct Goal {
    QString id;
    QString label;
    QStringList metrics;
    QList<DimensionTag> tags;
    // A timeHorizon tag when the goal is about timing ("immediate", "long-term"): the advisor
    // warns when the role considered works on another horizon.
    QString horizon;
    bool needsAdBudget = false;
};

} // namespace rolelens
