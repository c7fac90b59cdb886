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

// The first block of type BLOCK under the heading TEXT, before the next heading; null if none.
template <typename Block> const Block *firstUnder(const Document &document, const QString &text)
{
    bool under = false;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            under = heading->text == text;
        } else if (const auto *found = std::get_if<Block>(&block); found && under) {
            return found;
        }
    }
    return nullptr;
}

// A paragraph's words as read, without their sources.
inline QString plainText(const blocks::Paragraph &paragraph)
{
    QString text;
    for (const auto &span : paragraph.spans) {
        text += span.text;
    }
    return text;
}

} // namespace rolelens::testing
