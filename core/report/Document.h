#pragma once

#include "report/Blocks.h"

#include <QList>
#include <QString>

namespace rolelens {

// A human-readable output (a role's profile, a comparison, the advice, ...) as blocks: built
// once, in core, by one builder (report/builders/), and shown by every renderer: text and
// Markdown on the command line, HTML in the window, the printed sheet. Citations stay data, so
// each renderer numbers and links them its own way.
class Document {
public:
    explicit Document(QString title = {}) : m_title(std::move(title)) {}

    const QString &title() const { return m_title; }
    const QList<blocks::Block> &blocks() const { return m_blocks; }

    Document &add(blocks::Block block)
    {
        m_blocks.append(std::move(block));
        return *this;
    }

private:
    QString m_title;
    QList<blocks::Block> m_blocks;
};

} // namespace rolelens
