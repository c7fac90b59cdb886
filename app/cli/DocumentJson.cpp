#include "cli/DocumentJson.h"

#include "base/Overloaded.h"
#include "cli/JsonValues.h"

#include <QJsonArray>

namespace rolelens {
namespace {

QString spanKind(blocks::Span::Kind kind)
{
    switch (kind) {
    case blocks::Span::Kind::Strong:
        return QStringLiteral("strong");
    case blocks::Span::Kind::Emphasis:
        return QStringLiteral("emphasis");
    case blocks::Span::Kind::RoleLink:
        return QStringLiteral("role");
    case blocks::Span::Kind::MetricLink:
        return QStringLiteral("metric");
    case blocks::Span::Kind::Tags:
        return QStringLiteral("tags");
    case blocks::Span::Kind::Code:
        return QStringLiteral("code");
    case blocks::Span::Kind::Plain:
        break;
    }
    return QStringLiteral("plain");
}

QJsonObject paragraph(const blocks::Paragraph &paragraph)
{
    QJsonArray spans;
    QString text;
    for (const auto &span : paragraph.spans) {
        QJsonObject object{{QStringLiteral("kind"), spanKind(span.kind)},
                           {QStringLiteral("text"), JsonValues::sentence(span.text)}};
        if (!span.target.isEmpty()) {
            object.insert(QStringLiteral("id"), span.target);
        }
        spans.append(object);
        text += span.text;
    }
    return {{QStringLiteral("text"), JsonValues::sentence(text)},
            {QStringLiteral("spans"), spans},
            {QStringLiteral("sources"), JsonValues::citations(paragraph.sources)}};
}

QJsonObject typed(const char *type, QJsonObject object)
{
    object.insert(QStringLiteral("type"), QLatin1String(type));
    return object;
}

QJsonObject block(const blocks::Block &block)
{
    return std::visit(
        Overloaded{
            [](const blocks::Title &title) {
                return typed("title", {{QStringLiteral("text"), title.text},
                                       {QStringLiteral("subtitles"),
                                        QJsonArray::fromStringList(title.subtitles)},
                                       {QStringLiteral("kind"), title.kind}});
            },
            [](const blocks::Heading &heading) {
                return typed("heading", {{QStringLiteral("text"), heading.text},
                                         {QStringLiteral("level"), heading.level}});
            },
            [](const blocks::Paragraph &text) { return typed("paragraph", paragraph(text)); },
            [](const blocks::Note &note) { return typed("note", paragraph(note.text)); },
            [](const blocks::BulletList &list) {
                QJsonArray items;
                for (const auto &item : list.items) {
                    QJsonObject object = paragraph(item.text);
                    QJsonArray details;
                    for (const auto &detail : item.details) {
                        details.append(paragraph(detail));
                    }
                    object.insert(QStringLiteral("details"), details);
                    items.append(object);
                }
                return typed("list", {{QStringLiteral("items"), items}});
            },
            [](const blocks::Table &table) {
                QJsonArray rows;
                for (const auto &row : table.rows) {
                    QJsonArray cells;
                    for (const auto &cell : row.cells) {
                        cells.append(paragraph(cell));
                    }
                    rows.append(cells);
                }
                return typed("table", {{QStringLiteral("headers"),
                                        QJsonArray::fromStringList(table.headers)},
                                       {QStringLiteral("rows"), rows}});
            },
            [](const blocks::Chart &chart) {
                return typed(
                    "chart",
                    {{QStringLiteral("roles"), QJsonArray::fromStringList(chart.roleIds)},
                     {QStringLiteral("metrics"), QJsonArray::fromStringList(chart.metricIds)},
                     {QStringLiteral("caption"), chart.caption}});
            },
            [](const blocks::Signatures &signatures) {
                return typed("signatures", {{QStringLiteral("parties"),
                                             QJsonArray::fromStringList(signatures.parties)}});
            },
            [](const blocks::SourceList &list) {
                return typed("sources", {{QStringLiteral("heading"), list.heading}});
            },
        },
        block);
}

} // namespace

QJsonObject DocumentJson::of(const Document &document)
{
    QJsonArray blocks;
    for (const auto &item : document.blocks()) {
        blocks.append(block(item));
    }
    return {{QStringLiteral("title"), document.title()}, {QStringLiteral("blocks"), blocks}};
}

} // namespace rolelens
