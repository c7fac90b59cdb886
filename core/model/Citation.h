#pragma once

#include <QList>
#include <QString>

namespace rolelens {

// The support for one statement: which source, and the exact words of that source that
// back it. General-practice and illustrative content cites a source with no quote.
struct Citation {
    QString sourceId;
    QString quote;

    bool operator==(const Citation &) const = default;
};

using Citations = QList<Citation>;

// Adds to `into` the citations of `more` it does not hold yet: citations once each, in the order
// first cited.
inline void appendUnique(Citations &into, const Citations &more)
{
    for (const Citation &citation : more) {
        if (!into.contains(citation)) {
            into.append(citation);
        }
    }
}

} // namespace rolelens
