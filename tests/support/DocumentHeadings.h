#pragma once

#include "report/Document.h"

#include <QStringList>

namespace rolelens::testing {

// A document's headings in order, every level: its outline, for tests of what it holds.
inline QStringList headingsOf(const Document &document)
{
    QStringList headings;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            headings.append(heading->text);
        }
    }
    return headings;
}

} // namespace rolelens::testing
