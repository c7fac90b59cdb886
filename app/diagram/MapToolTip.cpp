#include "diagram/MapToolTip.h"

#include "i18n/InSentence.h"
#include "i18n/Punctuation.h"
#include "report/SourceText.h"

namespace rolelens {

QString MapToolTip::heading(const Catalog &catalog, const MapEdge &edge)
{
    const QString from = catalog.roleTitle(edge.from);
    const QString to = catalog.roleTitle(edge.to);
    switch (edge.kind) {
    case MapEdge::Kind::ReportsTo:
        return tr("%1 supervises %2").arg(from, to);
    case MapEdge::Kind::HandledBy:
        return tr("Work the %1 does not do, or not usually, and the %2 does")
            .arg(InSentence::label(from), InSentence::label(to));
    case MapEdge::Kind::Disagreement:
        return tr("Where the articles disagree about the %1 and the %2")
            .arg(InSentence::label(from), InSentence::label(to));
    }
    return {};
}

QString MapToolTip::sources(const Catalog &catalog, const Citations &citations)
{
    QStringList named;
    for (const auto &citation : citations) {
        const Source *source = catalog.source(citation.sourceId);
        const QString name = source ? SourceText::named(*source) : citation.sourceId;
        named.append((citation.quote.isEmpty()
                          ? name
                          : Punctuation::labelled(name, tr("“%1”").arg(citation.quote)))
                         .toHtmlEscaped());
    }
    return Punctuation::labelled(tr("Sources"), Punctuation::semicolons(named));
}

QString MapToolTip::forEdge(const Catalog &catalog, const MapEdge &edge)
{
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(heading(catalog, edge).toHtmlEscaped());
    if (edge.notes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Both roles name the line; the catalog says nothing more of it."));
    }
    QString topic;
    for (const auto &note : edge.notes) {
        if (note.topic != topic && !note.topic.isEmpty()) {
            topic = note.topic;
            html += QStringLiteral("<p><b>%1</b></p>").arg(topic.toHtmlEscaped());
        }
        html += QStringLiteral("<p style='margin-left:12px'>%1<br/><small>%2</small></p>")
                    .arg(note.text.toHtmlEscaped(), sources(catalog, note.sources));
    }
    return html;
}

QString MapToolTip::forNode(const Catalog &catalog, const RoleMap::Node &node)
{
    const Role *role = catalog.role(node.roleId);
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p><i>%3</i></p>")
        .arg(node.title.toHtmlEscaped(), role ? role->summary.toHtmlEscaped() : QString(),
             tr("Click, or press Enter, to open its profile.").toHtmlEscaped());
}

} // namespace rolelens
