#pragma once

#include "base/EnumTable.h"
#include "model/Citation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

// A question on which the sources disagree; every position is kept with its own citations
// rather than the catalog picking a winner.
struct Disagreement {
    // For the question whether one person can fill several roles: what a position says of
    // one hire covering the roles it names.
    enum class OneHire { Unsaid, Possible, WarnedAgainst };

    struct Position {
        QString view;
        Citations sources;
        QStringList roleIds; // the roles this position speaks of; none: the whole question's
        OneHire oneHire = OneHire::Unsaid;
    };

    static const EnumTable<OneHire> &oneHireKeys();

    QString id;
    QString topic;
    QStringList roleIds;
    QList<Position> positions;
};

} // namespace rolelens
