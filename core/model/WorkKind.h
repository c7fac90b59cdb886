#pragma once

#include "model/Goal.h"

#include <QList>
#include <QString>

namespace rolelens {

struct Role;

// A choice between two kinds of work the self-check puts to a student ("setting the strategy
// or carrying it out"). Each side is read from the roles' dimension tags: a role involves that
// kind of work when one of its dimensions carries one of the side's tags, and the citations of
// those dimensions are the evidence. The catalog declares the pairs, so that no kind of work is
// defined in code.
struct WorkKind {
    struct Side {
        QString id;
        QString label;
        QList<DimensionTag> anyOf;

        // Whether `role` carries one of the side's tags.
        bool involves(const Role &role) const;
    };

    static constexpr int kSides = 2;

    QString id;
    QString question;
    QList<Side> sides; // kSides of them

    const Side *side(const QString &sideId) const;
};

} // namespace rolelens
