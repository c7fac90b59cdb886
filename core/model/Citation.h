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

} // namespace rolelens
