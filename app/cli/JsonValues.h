#pragma once

#include "model/Citation.h"

#include <QJsonArray>
#include <QString>

namespace rolelens {

// How every JSON output writes the values they share.
class JsonValues {
public:
    // [{"source": id, "quote": "..."}], the quote only where there is one.
    static QJsonArray citations(const Citations &citations);
    // A sentence with plain spaces: Figures keeps "8.0 %" together with a no-break space for
    // people reading wrapped text; scripts reading the JSON match "8.0 %" as they always have.
    static QString sentence(QString text);
};

} // namespace rolelens
