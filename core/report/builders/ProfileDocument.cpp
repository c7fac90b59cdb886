#include "report/builders/ProfileDocument.h"

#include "i18n/Punctuation.h"
#include "map/ReportingLines.h"
#include "model/TagLabels.h"
#include "report/builders/RoleSections.h"

namespace rolelens {

using blocks::BulletList;
using blocks::Heading;
using blocks::ListItem;
using blocks::Note;
using blocks::Paragraph;
using blocks::Span;
using blocks::Table;

namespace {

// "Name: description", the name strong.
template <typename Item> ListItem namedItem(const Item &item)
{
    QList<Span> spans{{Span::Kind::Strong, item.name, {}}};
    if (!item.description.isEmpty()) {
        spans.append({Span::Kind::Plain, Punctuation::colon() + item.description, {}});
    }
    return {Paragraph(spans, item.sources), {}};
}

template <typename Items> BulletList namedItems(const Items &items)
{
    BulletList list;
    for (const auto &item : items) {
        list.items.append(namedItem(item));
    }
    return list;
}

} // namespace

Document ProfileDocument::build(const Catalog &catalog, const Role &role)
{
    Document document(role.title);
    QStringList subtitles{tr("Id: %1").arg(role.id), tr("Category: %1").arg(role.category)};
    if (!role.aliases.isEmpty()) {
        subtitles.append(tr("Also called: %1").arg(role.aliases.join(QStringLiteral(", "))));
    }
    document.add(blocks::Title{role.title, subtitles, tr("Role profile")});
    document.add(Note{Paragraph(tr("What this role is for, how it is judged and what it does not "
                                   "do: to agree on realistic expectations before the hire."))});
    document.add(Paragraph(role.summary, role.summarySources));
    addGlance(document, role);
    document.add(Heading{tr("Responsibilities")});
    document.add(namedItems(role.responsibilities));
    document.add(Heading{tr("Skills")});
    document.add(namedItems(role.skills));
    addMetrics(document, catalog, role);
    addPlace(document, catalog, role);
    addBoundaries(document, catalog, role);
    if (role.expectedResults) {
        const ResultCurve &curve = *role.expectedResults;
        document.add(Heading{tr("Expected results over time (assumptions)")});
        document.add(blocks::Chart{blocks::Chart::Kind::ExpectedResults,
                                   {role.id},
                                   RoleCurve::fromCatalog(catalog, {role.id}),
                                   {},
                                   {}});
        document.add(Paragraph(curve.description(), curve.sources));
        document.add(Note{Paragraph(
            tr("Expected results are assumptions, not measurements or promises: the values are "
               "illustrative, shaped by what the sources say about when the role's contribution "
               "shows."))});
    }
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

void ProfileDocument::addGlance(Document &document, const Role &role)
{
    document.add(Heading{tr("At a glance")});
    Table table{{tr("Dimension"), tr("Description")}, {0.28, 0.72}, {}};
    for (const auto dimension : dimensions::all()) {
        const DimensionValue &value = role.dimension(dimension);
        QList<Span> label{{Span::Kind::Strong, dimensions::label(dimension), {}}};
        if (!value.tags.isEmpty()) {
            label.append({Span::Kind::Tags, tags::labels(value.tags), {}});
        }
        table.rows.append(
            {{Paragraph(label), Paragraph(value.text, value.sources)}, Table::Shade::None});
    }
    document.add(table);
}

void ProfileDocument::addMetrics(Document &document, const Catalog &catalog, const Role &role)
{
    document.add(Heading{tr("Success metrics")});
    document.add(Note{Paragraph(tr("Weight 1-5: how much the role is judged by the metric; "
                                   "primary metrics are what the role is mainly judged by."))});
    document.add(blocks::Chart{blocks::Chart::Kind::RoleMetrics, {role.id}, {}, {}, {}});
    Table table{{tr("Metric"), tr("Emphasis"), tr("Weight (1-5)"), tr("Definition")},
                {0.28, 0.14, 0.12, 0.46},
                {}};
    for (const auto &use : role.metrics) {
        const Metric *metric = catalog.metric(use.metricId);
        const bool primary = use.emphasis == MetricUse::Emphasis::Primary;
        table.rows.append(
            {{Paragraph(QList<Span>{{Span::Kind::MetricLink, catalog.metricName(use.metricId),
                                     use.metricId}},
                        use.basis),
              Paragraph(RoleSections::emphasis(use)), Paragraph(QString::number(use.weight)),
              Paragraph(RoleSections::definition(metric))},
             primary ? Table::Shade::Overlap : Table::Shade::None});
    }
    document.add(table);
}

Paragraph ProfileDocument::roleLinks(const QString &label, const QStringList &roleIds,
                                     const Catalog &catalog)
{
    QList<Span> spans{{Span::Kind::Plain, label + Punctuation::colon(), {}}};
    if (roleIds.isEmpty()) {
        spans.append({Span::Kind::Plain, tr("no role the articles name"), {}});
    }
    for (qsizetype i = 0; i < roleIds.size(); ++i) {
        if (i > 0) {
            spans.append({Span::Kind::Plain, QStringLiteral(", "), {}});
        }
        spans.append({Span::Kind::RoleLink, catalog.roleTitle(roleIds.at(i)), roleIds.at(i)});
    }
    return Paragraph(spans);
}

void ProfileDocument::addPlace(Document &document, const Catalog &catalog, const Role &role)
{
    document.add(Heading{tr("Place in the organisation")});
    // What the catalog says of each line, from either end, under the line: a line from
    // general practice says so in its label and cites it, so none reads as the articles' fact.
    const auto described = [&](const QList<RoleLink> &links, bool supervising) {
        QList<Paragraph> details;
        for (const auto &link : links) {
            const QString supervisor = supervising ? role.id : link.roleId;
            const QString supervised = supervising ? link.roleId : role.id;
            for (const auto &statement :
                 ReportingLines::statements(catalog, supervisor, supervised)) {
                details.append(lineStatement(catalog, link.roleId, statement));
            }
        }
        return details;
    };
    document.add(
        BulletList{{{roleLinks(tr("Reports to"), RoleLink::idsOf(role.reportsTo), catalog),
                     described(role.reportsTo, false)},
                    {roleLinks(tr("Supervises"), RoleLink::idsOf(role.supervises), catalog),
                     described(role.supervises, true)}}});
}

Paragraph ProfileDocument::lineStatement(const Catalog &catalog, const QString &otherRoleId,
                                         const RoleLink &statement)
{
    return Paragraph(
        {{Span::Kind::RoleLink, catalog.roleTitle(otherRoleId), otherRoleId},
         {Span::Kind::Plain, Punctuation::colon() + ReportingLines::text(statement), {}}},
        statement.sources);
}

void ProfileDocument::addBoundaries(Document &document, const Catalog &catalog, const Role &role)
{
    if (!role.notResponsibleFor.isEmpty()) {
        document.add(Heading{tr("What this role does not do, and who does")});
        document.add(RoleSections::exclusions(catalog, role));
    }
    if (!role.misconceptions.isEmpty()) {
        document.add(Heading{tr("Misconceptions")});
        BulletList list;
        for (const auto &item : role.misconceptions) {
            list.items.append(
                {Paragraph({{Span::Kind::Strong, tr("Belief:"), {}},
                            {Span::Kind::Plain, QLatin1Char(' ') + item.belief, {}}}),
                 {Paragraph({{Span::Kind::Strong, tr("Reality:"), {}},
                             {Span::Kind::Plain, QLatin1Char(' ') + item.reality, {}}},
                            item.sources)}});
        }
        document.add(list);
    }
    const auto disagreements = catalog.disagreementsFor(role.id);
    if (!disagreements.isEmpty()) {
        document.add(Heading{tr("Where the sources disagree")});
        document.add(RoleSections::disagreements(disagreements));
    }
}

} // namespace rolelens
