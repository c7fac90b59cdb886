#include "cli/TextRenderer.h"

#include "base/Overloaded.h"
#include "cli/TextWrap.h"
#include "i18n/Punctuation.h"
#include "report/SignatureLines.h"

namespace rolelens {

using textwrap::wrapped;

namespace {

const QString kIndent = QStringLiteral("  ");
const QString kItemIndent = QStringLiteral("    ");
const QString kBullet = QStringLiteral("  - ");
const QString kDetailIndent = QStringLiteral("      ");
const QString kDetailBullet = QStringLiteral("    - ");

QString underlined(const QString &text, QChar line)
{
    return text + QLatin1Char('\n') + QString(text.size(), line) + QLatin1Char('\n');
}

} // namespace

QString TextRenderer::render(const Document &document, const Catalog &catalog)
{
    TextRenderer renderer(catalog);
    for (const auto &block : document.blocks()) {
        renderer.block(block);
    }
    return renderer.m_out;
}

void TextRenderer::block(const blocks::Block &block)
{
    std::visit(Overloaded{
                   [this](const blocks::Title &title) { this->title(title); },
                   [this](const blocks::Heading &heading) { this->heading(heading); },
                   [this](const blocks::Paragraph &paragraph) { this->paragraph(paragraph); },
                   [this](const blocks::Note &note) { paragraph(note.text); },
                   [this](const blocks::BulletList &list) { bulletList(list); },
                   [this](const blocks::Table &table) { this->table(table); },
                   // A terminal draws no chart; its figures are in the text around it.
                   [](const blocks::Chart &) {},
                   [this](const blocks::Signatures &signatures) {
                       for (const auto &party : signatures.parties) {
                           m_out += kIndent + SignatureLines::line(party) + QStringLiteral("\n\n");
                       }
                   },
                   [this](const blocks::SourceList &list) { sourceList(list); },
               },
               block);
}

QString TextRenderer::text(const blocks::Paragraph &paragraph)
{
    QString out;
    for (const auto &span : paragraph.spans) {
        switch (span.kind) {
        case blocks::Span::Kind::Tags:
            out += QStringLiteral(" [%1]").arg(span.text);
            break;
        case blocks::Span::Kind::Code:
            out += QStringLiteral("[%1]").arg(span.text);
            break;
        default:
            out += span.text;
        }
        // A role's id is what the reader types to open it: "rolelens show ID".
        if (span.kind == blocks::Span::Kind::RoleLink && !span.target.isEmpty()) {
            out += QStringLiteral(" (%1)").arg(span.target);
        }
    }
    return m_citations.withMarkers(out, paragraph.sources);
}

void TextRenderer::title(const blocks::Title &title)
{
    // A long title (four roles compared) wraps, underlined as wide as its widest line.
    const QStringList lines =
        textwrap::wrap(title.text, textwrap::kTerminalWidth, QString(), QString());
    qsizetype width = 0;
    for (const auto &line : lines) {
        width = std::max(width, line.size());
    }
    m_out += lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + QString(width, QLatin1Char('=')) +
             QLatin1Char('\n');
    for (const auto &line : title.subtitles) {
        m_out += wrapped(line, kIndent, QString());
    }
    m_out += QLatin1Char('\n');
}

void TextRenderer::heading(const blocks::Heading &heading)
{
    // A part of a section is a label over what follows, under the section's underline.
    if (heading.level > 1) {
        m_out += wrapped(Punctuation::label(heading.text), kIndent, kIndent);
        return;
    }
    // One blank line before a heading, also right after the title.
    if (!m_out.endsWith(QStringLiteral("\n\n"))) {
        m_out += QLatin1Char('\n');
    }
    m_out += underlined(heading.text, QLatin1Char('-'));
}

void TextRenderer::paragraph(const blocks::Paragraph &paragraph)
{
    m_out += wrapped(text(paragraph), kIndent, kIndent);
}

void TextRenderer::bulletList(const blocks::BulletList &list)
{
    for (const auto &item : list.items) {
        m_out += wrapped(text(item.text), kItemIndent, kBullet);
        // One detail reads as the item's continuation; several as a list of their own.
        for (const auto &detail : item.details) {
            m_out += item.details.size() == 1 ? wrapped(text(detail), kItemIndent, kItemIndent)
                                              : wrapped(text(detail), kDetailIndent, kDetailBullet);
        }
    }
}

void TextRenderer::table(const blocks::Table &table)
{
    // A column whose every cell is a word or two goes on the row's first line, in brackets;
    // the others follow, labelled, one under the other.
    constexpr qsizetype kShortCell = 16;
    QList<bool> shortColumn(table.headers.size(), true);
    for (const auto &row : table.rows) {
        for (qsizetype column = 1; column < row.cells.size() && column < shortColumn.size();
             ++column) {
            const auto &spans = row.cells.at(column).spans;
            qsizetype length = 0;
            for (const auto &span : spans) {
                length += span.text.size();
            }
            shortColumn[column] = shortColumn[column] && length <= kShortCell &&
                                  row.cells.at(column).sources.isEmpty();
        }
    }
    // In a two-column table the second column is plainly what the first one is about.
    const auto label = [&table](qsizetype column, const QString &cell) {
        const QString header = column < table.headers.size() && table.headers.size() > 2
                                   ? table.headers.at(column)
                                   : QString();
        return header.isEmpty() ? cell : Punctuation::labelled(header, cell);
    };
    for (const auto &row : table.rows) {
        if (row.cells.isEmpty()) {
            continue;
        }
        QString first = text(row.cells.first());
        QStringList brief;
        QStringList details;
        for (qsizetype column = 1; column < row.cells.size(); ++column) {
            const QString cell = text(row.cells.at(column));
            if (cell.isEmpty()) {
                continue;
            }
            const bool isShort = column < shortColumn.size() && shortColumn.at(column);
            (isShort ? brief : details).append(label(column, cell));
        }
        if (!brief.isEmpty()) {
            first += QStringLiteral(" (%1)").arg(Punctuation::semicolons(brief));
        }
        m_out += wrapped(first, kItemIndent, kBullet);
        // Labelled details hang under their label; plain prose keeps the item's indent.
        const QString &continuation = table.headers.size() > 2 ? kDetailIndent : kItemIndent;
        for (const auto &detail : details) {
            m_out += wrapped(detail, continuation, kItemIndent);
        }
    }
}

void TextRenderer::sourceList(const blocks::SourceList &list)
{
    if (m_citations.sourceIds().isEmpty()) {
        return;
    }
    heading({list.heading});
    for (const auto &line : m_citations.sourceLines(m_catalog)) {
        m_out += wrapped(line, kDetailIndent, kIndent);
    }
}

} // namespace rolelens
