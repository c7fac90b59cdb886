#pragma once

#include "model/Citation.h"

#include <QList>
#include <QString>

namespace rolelens {

// A line of the role map between two roles, and what the catalog says of it.
struct MapEdge {
    enum class Kind {
        ReportsTo,    // `from` supervises `to`
        HandledBy,    // `from` does not do some work, `to` does it
        Disagreement, // the articles disagree about `from` and `to`
    };

    // One statement behind the edge, for its tooltip: a reporting line's label and
    // condition, a task the other role handles, or one position of a disagreement, under the
    // disagreement's topic.
    struct Note {
        QString topic; // a disagreement's question; empty for the other kinds
        QString text;
        Citations sources;

        bool operator==(const Note &) const = default;
    };

    Kind kind = Kind::ReportsTo;
    QString from; // role ids
    QString to;
    // Drawn on a reporting line: the first statement's label and condition. Empty for the
    // other kinds, which say everything in their notes.
    QString label;
    QString condition;
    QList<Note> notes;

    bool hasLabel() const { return !label.isEmpty() || !condition.isEmpty(); }
};

} // namespace rolelens
