#pragma once

#include "model/Citation.h"

#include <QList>
#include <QString>

namespace rolelens {

// A question on which the sources disagree; every position is kept with its own citations
// rather than the catalog picking a winner.
struct Disagreement {
    struct Position {
        QString view;
        Citations sources;
    };

    QString id;
    QString topic;
    QStringList roleIds;
    QList<Position> positions;
};

} // namespace rolelens
