#include "report/MarkdownRenderer.h"

#include "base/Overloaded.h"
#include "report/SignatureLines.h"

namespace rolelens {

QString MarkdownRenderer::render(const Document &document, const Catalog &catalog)
{
    MarkdownRenderer renderer(catalog);
    for (const auto &block : document.blocks()) {
        renderer.block(block);
    }
    return renderer.m_out.trimmed() + QLatin1Char('\n');
}

void MarkdownRenderer::block(const blocks::Block &block)
{
    std::visit(Overloaded{
                   [this](const blocks::Title &title) {
                       m_out += QStringLiteral("# %1\n\n").arg(title.text);
                       if (!title.subtitles.isEmpty()) {
                           m_out +=
                               title.subtitles.join(QStringLiteral(" · ")) + QStringLiteral("\n\n");
                       }
                   },
                   [this](const blocks::Heading &heading) {
                       m_out +=
                           QStringLiteral("%1 %2\n\n")
                               .arg(QString(heading.level + 1, QLatin1Char('#')), heading.text);
                   },
                   [this](const blocks::Paragraph &paragraph) {
                       m_out += text(paragraph) + QStringLiteral("\n\n");
                   },
                   [this](const blocks::Note &note) {
                       m_out += QStringLiteral("*%1*\n\n").arg(text(note.text));
                   },
                   [this](const blocks::BulletList &list) { bulletList(list); },
                   [this](const blocks::Table &table) { this->table(table); },
                   // Its figures are in the text and tables around it.
                   [](const blocks::Chart &) {},
                   [this](const blocks::Signatures &signatures) {
                       for (const auto &party : signatures.parties) {
                           m_out += SignatureLines::line(party) + QStringLiteral("\n\n");
                       }
                   },
                   [this](const blocks::SourceList &list) {
                       if (m_citations.sourceIds().isEmpty()) {
                           return;
                       }
                       m_out += QStringLiteral("## %1\n\n").arg(list.heading);
                       for (const auto &line : m_citations.sourceLines(m_catalog)) {
                           m_out += QStringLiteral("- ") + line + QLatin1Char('\n');
                       }
                       m_out += QLatin1Char('\n');
                   },
               },
               block);
}

QString MarkdownRenderer::text(const blocks::Paragraph &paragraph)
{
    using Kind = blocks::Span::Kind;
    QString out;
    for (const auto &span : paragraph.spans) {
        switch (span.kind) {
        case Kind::Plain:
        case Kind::MetricLink:
            out += span.text;
            break;
        case Kind::Strong:
            out += QStringLiteral("**%1**").arg(span.text);
            break;
        case Kind::Emphasis:
            out += QStringLiteral("*%1*").arg(span.text);
            break;
        case Kind::Tags:
            out += QStringLiteral(" `[%1]`").arg(span.text);
            break;
        case Kind::Code:
            out += QStringLiteral("`%1`").arg(span.text);
            break;
        case Kind::RoleLink:
            out += span.target.isEmpty() ? span.text
                                         : QStringLiteral("%1 (`%2`)").arg(span.text, span.target);
            break;
        }
    }
    return m_citations.withMarkers(out, paragraph.sources);
}

void MarkdownRenderer::bulletList(const blocks::BulletList &list)
{
    for (const auto &item : list.items) {
        m_out += QStringLiteral("- ") + text(item.text) + QLatin1Char('\n');
        for (const auto &detail : item.details) {
            m_out += QStringLiteral("  - ") + text(detail) + QLatin1Char('\n');
        }
    }
    m_out += QLatin1Char('\n');
}

QString MarkdownRenderer::cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

void MarkdownRenderer::table(const blocks::Table &table)
{
    QStringList headers;
    for (const auto &header : table.headers) {
        headers.append(cell(header));
    }
    m_out += QStringLiteral("| %1 |\n|%2\n")
                 .arg(headers.join(QStringLiteral(" | ")),
                      QStringLiteral("---|").repeated(table.headers.size()));
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const auto &paragraph : row.cells) {
            cells.append(paragraph.isEmpty() ? QStringLiteral("—") : cell(text(paragraph)));
        }
        m_out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    m_out += QLatin1Char('\n');
}

} // namespace rolelens
