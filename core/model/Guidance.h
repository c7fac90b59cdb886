#pragma once

#include "base/EnumTable.h"
#include "model/Citation.h"

#include <QList>
#include <QString>

namespace rolelens {

// Advice the articles give owners in their own right, not about one role ("clarifying roles
// and expectations from the get-go is always best"), and the documents that repeat it.
struct Guidance {
    enum class Document { Advice, Agreement };

    QString id;
    QString text;
    QList<Document> shownIn;
    Citations sources;

    static const EnumTable<Document> &documents();
};

} // namespace rolelens
