#pragma once

#include "report/Document.h"

#include <QJsonObject>

namespace rolelens {

// Any document as JSON, block by block, for scripts: the text as shown, the ids behind links
// and the sources of each statement (ids and quotes), so that every line can be traced.
class DocumentJson {
public:
    static QJsonObject of(const Document &document);
};

} // namespace rolelens
