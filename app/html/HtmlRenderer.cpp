#include "html/HtmlRenderer.h"

#include "base/Overloaded.h"
#include "report/SignatureLines.h"
#include "report/SourceText.h"

#include <QHash>

namespace rolelens {
namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

HtmlRenderer::HtmlRenderer(const Catalog &catalog, const QPalette &palette, Links links)
    : m_catalog(&catalog), m_palette(palette), m_links(links)
{
}

QString HtmlRenderer::page(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "</head>\n<body style=\"font-family:sans-serif;max-width:50em\">\n%2\n"
                          "</body></html>\n")
        .arg(escaped(title), body);
}

QString HtmlRenderer::markers(const Citations &citations)
{
    if (citations.isEmpty()) {
        return {};
    }
    QStringList labels;
    for (const auto number : m_sources.numbers(citations)) {
        labels.append(QString::number(number));
    }
    m_citationGroups.append(citations);
    if (m_links == Links::Page) {
        // Each number once, linked to its source, the exact words it stands for shown when
        // pointed at.
        QList<qsizetype> order;
        QHash<qsizetype, QStringList> quotes;
        for (const auto &citation : citations) {
            const qsizetype number = m_sources.numbers({citation}).value(0);
            if (!order.contains(number)) {
                order.append(number);
            }
            if (!citation.quote.isEmpty()) {
                quotes[number].append(QStringLiteral("“%1”").arg(citation.quote));
            }
        }
        QStringList links;
        for (const qsizetype number : std::as_const(order)) {
            links.append(QStringLiteral("<a href=\"#source-%1\" title=\"%2\">%1</a>")
                             .arg(number)
                             .arg(escaped(quotes.value(number).join(QLatin1Char(' ')))));
        }
        return QStringLiteral(" <sup>[%1]</sup>").arg(links.join(QLatin1Char(',')));
    }
    return QStringLiteral(" <a href=\"cite:%1\" style=\"text-decoration:none\"><sup>[%2]</sup></a>")
        .arg(m_citationGroups.size() - 1)
        .arg(labels.join(QLatin1Char(',')));
}

QString HtmlRenderer::muted(const QString &html) const
{
    // A page read elsewhere has no palette of ours: a grey readable on white.
    const QString color = m_links == Links::Page
                              ? QStringLiteral("#5f5f5f")
                              : m_palette.color(QPalette::PlaceholderText).name();
    return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(color, html);
}

QString HtmlRenderer::citationToolTip(int group) const
{
    if (group < 0 || group >= m_citationGroups.size()) {
        return {};
    }
    QStringList lines;
    for (const auto &citation : m_citationGroups.at(group)) {
        const Source *source = m_catalog->source(citation.sourceId);
        QString line =
            QStringLiteral("<b>%1</b>").arg(escaped(source ? source->title : citation.sourceId));
        if (!citation.quote.isEmpty()) {
            line += QStringLiteral("<br>“%1”").arg(escaped(citation.quote));
        } else if (source && !source->note.isEmpty()) {
            line += QStringLiteral("<br><i>%1</i>").arg(escaped(source->note));
        }
        lines.append(line);
    }
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>")
        .arg(lines.join(QStringLiteral("<br><br>")));
}

QString HtmlRenderer::render(const Document &document)
{
    m_sources = CitationIndex();
    m_citationGroups.clear();
    QString html;
    for (const auto &item : document.blocks()) {
        html += block(item);
    }
    return html;
}

QString HtmlRenderer::text(const blocks::Paragraph &paragraph)
{
    using Kind = blocks::Span::Kind;
    QString html;
    for (const auto &span : paragraph.spans) {
        const QString words = escaped(span.text);
        switch (span.kind) {
        case Kind::Plain:
            html += words;
            break;
        case Kind::Strong:
            html += QStringLiteral("<b>%1</b>").arg(words);
            break;
        case Kind::Emphasis:
            html += QStringLiteral("<i>%1</i>").arg(words);
            break;
        case Kind::Tags:
            html += QStringLiteral("<br>") + muted(words);
            break;
        case Kind::Code:
            html += QStringLiteral("<code>%1</code>").arg(words);
            break;
        case Kind::RoleLink:
            html += m_links == Links::Page
                        ? words
                        : QStringLiteral("<a href=\"role:%1\">%2</a>").arg(span.target, words);
            break;
        case Kind::MetricLink:
            html += m_links == Links::Page
                        ? words
                        : QStringLiteral("<a href=\"metric:%1\">%2</a>").arg(span.target, words);
            break;
        }
    }
    return html + markers(paragraph.sources);
}

QString HtmlRenderer::table(const blocks::Table &table)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");
    html += QStringLiteral("<tr>");
    for (qsizetype column = 0; column < table.headers.size(); ++column) {
        const int percent =
            column < table.widths.size() ? static_cast<int>(table.widths.at(column) * 100) : 0;
        html += QStringLiteral("<th align=\"left\" width=\"%1%\">%2</th>")
                    .arg(percent)
                    .arg(muted(escaped(table.headers.at(column))));
    }
    html += QStringLiteral("</tr>");
    for (const auto &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const auto &cell : row.cells) {
            html += QStringLiteral("<td valign=\"top\">%1</td>")
                        .arg(cell.isEmpty() ? QStringLiteral("—") : text(cell));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString HtmlRenderer::sourceList(const blocks::SourceList &list) const
{
    if (m_sources.sourceIds().isEmpty()) {
        return {};
    }
    const QString how =
        m_links == Links::Page
            ? tr("Numbers in brackets refer to this list; point at a number to read the exact "
                 "words it stands for.")
            : tr("Hover over or click a reference number to read the exact statement; from the "
                 "keyboard, reach it with the arrow keys and press Return.");
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p><ol>").arg(escaped(list.heading), muted(escaped(how)));
    int number = 0;
    for (const auto &id : m_sources.sourceIds()) {
        ++number;
        const Source *source = m_catalog->source(id);
        QString line = escaped(source ? SourceText::listEntry(*source) : id);
        if (source && source->kind != Source::Kind::Article) {
            line = QStringLiteral("<i>%1</i>").arg(line);
        }
        html += QStringLiteral("<li id=\"source-%1\">%2</li>").arg(number).arg(line);
    }
    return html + QStringLiteral("</ol>");
}

QString HtmlRenderer::block(const blocks::Block &block)
{
    return std::visit(
        Overloaded{
            [this](const blocks::Title &title) {
                return QStringLiteral("<h1>%1</h1>").arg(escaped(title.text)) +
                       (title.subtitles.isEmpty()
                            ? QString()
                            : QStringLiteral("<p>%1</p>")
                                  .arg(
                                      muted(escaped(title.subtitles.join(QStringLiteral(" · "))))));
            },
            [](const blocks::Heading &heading) {
                return heading.level > 1 ? QStringLiteral("<h4>%1</h4>").arg(escaped(heading.text))
                                         : QStringLiteral("<h3>%1</h3>").arg(escaped(heading.text));
            },
            [this](const blocks::Paragraph &paragraph) {
                return QStringLiteral("<p>%1</p>").arg(text(paragraph));
            },
            [this](const blocks::Note &note) {
                return QStringLiteral("<p>%1</p>").arg(muted(text(note.text)));
            },
            [this](const blocks::BulletList &list) {
                QString html = QStringLiteral("<ul>");
                for (const auto &item : list.items) {
                    html += QStringLiteral("<li>") + text(item.text);
                    for (const auto &detail : item.details) {
                        html += (item.details.size() == 1 ? QStringLiteral("<br>")
                                                          : QStringLiteral("<br>• ")) +
                                text(detail);
                    }
                    html += QStringLiteral("</li>");
                }
                return html + QStringLiteral("</ul>");
            },
            [this](const blocks::Table &table) { return this->table(table); },
            // The window draws its charts beside the text, as widgets.
            [](const blocks::Chart &) { return QString(); },
            [](const blocks::Signatures &signatures) {
                QString html;
                for (const auto &party : signatures.parties) {
                    html += QStringLiteral("<p>%1</p>").arg(escaped(SignatureLines::line(party)));
                }
                return html;
            },
            [this](const blocks::SourceList &list) { return sourceList(list); },
        },
        block);
}

} // namespace rolelens
