#include "report/builders/ComparisonDocument.h"

#include "i18n/Punctuation.h"
#include "model/TagLabels.h"
#include "report/builders/ComparisonGlance.h"
#include "report/builders/RoleSections.h"

#include <algorithm>

namespace rolelens {

using blocks::BulletList;
using blocks::Heading;
using blocks::ListItem;
using blocks::Note;
using blocks::Paragraph;
using blocks::Span;
using blocks::Table;

namespace {

QList<const Role *> rolesOf(const Catalog &catalog, const Comparison &comparison)
{
    QList<const Role *> roles;
    for (const auto &id : comparison.roleIds) {
        roles.append(catalog.role(id));
    }
    return roles;
}

// A column per role, titled with it, sharing WIDTH of the page between them.
void addRoleColumns(Table &table, const QList<const Role *> &roles, double width)
{
    for (const Role *role : roles) {
        table.headers.append(role->title);
        table.widths.append(width / static_cast<double>(roles.size()));
    }
}

QString joined(const QStringList &names)
{
    return names.isEmpty() ? ComparisonDocument::tr("none") : names.join(QStringLiteral(", "));
}

Paragraph labelled(const QString &label, const QStringList &names)
{
    return Paragraph({{Span::Kind::Strong, label, {}},
                      {Span::Kind::Plain, QLatin1Char(' ') + joined(names), {}}});
}

Table::Shade shadeOf(Relation relation)
{
    switch (relation) {
    case Relation::Different:
        return Table::Shade::Difference;
    case Relation::Overlap:
        return Table::Shade::Overlap;
    case Relation::Same:
        break;
    }
    return Table::Shade::None;
}

} // namespace

QString ComparisonDocument::titleOf(const Catalog &catalog, const QStringList &roleIds)
{
    QStringList titles;
    for (const auto &id : roleIds) {
        titles.append(catalog.roleTitle(id));
    }
    return titles.join(tr(" vs "));
}

Document ComparisonDocument::build(const Catalog &catalog, const Comparison &comparison)
{
    return build(catalog, comparison, RoleCurve::fromCatalog(catalog, comparison.roleIds));
}

Document ComparisonDocument::build(const Catalog &catalog, const Comparison &comparison,
                                   const QList<RoleCurve> &curves)
{
    const QString title = titleOf(catalog, comparison.roleIds);
    Document document(title);
    document.add(blocks::Title{title,
                               {tr("What each role is for, how it is judged and what it does not "
                                   "do: to agree on realistic expectations before the hire.")},
                               tr("Comparison sheet")});
    ComparisonGlance::add(document, catalog, comparison);
    addDimensions(document, catalog, comparison);
    addSharedAndUnique(document, catalog, comparison);
    addMetrics(document, catalog, comparison);
    addExpectedResults(document, catalog, comparison, curves);
    addExclusions(document, catalog, comparison);
    addDisagreements(document, catalog, comparison);
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

Document ComparisonDocument::tables(const Catalog &catalog, const Comparison &comparison,
                                    const QList<RoleCurve> &curves)
{
    Document document(titleOf(catalog, comparison.roleIds));
    addDimensions(document, catalog, comparison);
    addMetrics(document, catalog, comparison);
    addExpectedResults(document, catalog, comparison, curves);
    return document;
}

void ComparisonDocument::addDimensions(Document &document, const Catalog &catalog,
                                       const Comparison &comparison)
{
    const QList<const Role *> roles = rolesOf(catalog, comparison);
    document.add(Heading{tr("Side by side")});
    document.add(Note{Paragraph(
        tr("Relation: whether the roles are the same, only partly "
           "overlap or differ on that dimension, as computed from the "
           "catalog's tags (on the printed sheet, differing rows are "
           "shaded darker, overlapping ones lighter). With three or four roles, \"apart\" names a "
           "role that shares no tag with the others."))});
    Table table{{tr("Dimension")}, {0.18}, {}};
    addRoleColumns(table, roles, 0.7);
    table.headers.append(tr("Relation"));
    table.widths.append(0.12);
    for (const auto &row : comparison.rows) {
        Table::Row cells{
            {Paragraph(QList<Span>{{Span::Kind::Strong, dimensions::label(row.dimension), {}}})},
            shadeOf(row.relation)};
        for (qsizetype i = 0; i < roles.size(); ++i) {
            QList<Span> spans{{Span::Kind::Plain, row.texts.at(i), {}}};
            if (!row.tags.at(i).isEmpty()) {
                spans.append({Span::Kind::Tags, tags::labels(row.tags.at(i)), {}});
            }
            cells.cells.append(Paragraph(spans, roles.at(i)->dimension(row.dimension).sources));
        }
        QStringList titles;
        for (const Role *role : roles) {
            titles.append(role->title);
        }
        cells.cells.append(Paragraph(relations::described(row.relation, row.tags, titles)));
        table.rows.append(cells);
    }
    document.add(table);
}

void ComparisonDocument::addSharedAndUnique(Document &document, const Catalog &catalog,
                                            const Comparison &comparison)
{
    const QList<const Role *> roles = rolesOf(catalog, comparison);
    document.add(Heading{tr("Shared by all and unique to each")});
    const Role &first = *roles.first();
    BulletList list{{
        {labelled(tr("Shared metrics:"), catalog.metricNames(comparison.metrics.shared)), {}},
        {labelled(tr("Shared responsibilities:"),
                  first.responsibilityNames(comparison.responsibilities.shared)),
         {}},
        {labelled(tr("Shared skills:"), first.skillNames(comparison.skills.shared)), {}},
    }};
    for (const Role *role : roles) {
        list.items.append(ListItem{
            Paragraph(QList<Span>{{Span::Kind::Strong, tr("Only %1:").arg(role->title), {}}}),
            {labelled(tr("Metrics:"),
                      catalog.metricNames(comparison.metrics.unique.value(role->id))),
             labelled(
                 tr("Responsibilities:"),
                 role->responsibilityNames(comparison.responsibilities.unique.value(role->id))),
             labelled(tr("Skills:"), role->skillNames(comparison.skills.unique.value(role->id)))}});
    }
    document.add(list);
}

void ComparisonDocument::addMetrics(Document &document, const Catalog &catalog,
                                    const Comparison &comparison)
{
    const QList<const Role *> roles = rolesOf(catalog, comparison);
    document.add(Heading{tr("Success metrics")});
    document.add(Note{Paragraph(tr("Weight 1-5: how much each role is judged by the metric, from "
                                   "how many sources name it for the role; primary metrics are "
                                   "what the role is mainly judged by."))});
    document.add(blocks::Chart{
        blocks::Chart::Kind::ComparedMetrics,
        comparison.roleIds,
        {},
        tr("Each role has its own colour and fill, solid or hatched, so that the roles stay "
           "apart in black and white; an outlined bar marks a secondary emphasis."),
        {}});
    // One row per metric, one column per role: shared metrics are defined once and read
    // across, as in the chart.
    Table table{{tr("Metric, definition and formula")}, {0.46}, {}};
    addRoleColumns(table, roles, 0.54);
    for (const auto &metricId : catalog.metricsUsedBy(comparison.roleIds)) {
        Table::Row row{
            {Paragraph(QList<Span>{
                {Span::Kind::MetricLink, catalog.metricName(metricId), metricId},
                {Span::Kind::Plain,
                 Punctuation::colon() + RoleSections::definition(catalog.metric(metricId)),
                 {}}})},
            Table::Shade::None};
        for (const Role *role : roles) {
            const MetricUse *use = role->metricUse(metricId);
            row.cells.append(use ? Paragraph(tr("%1, weight %2 of 5")
                                                 .arg(RoleSections::emphasis(*use))
                                                 .arg(use->weight),
                                             use->basis)
                                 : Paragraph());
        }
        table.rows.append(row);
    }
    document.add(table);
}

void ComparisonDocument::addExpectedResults(Document &document, const Catalog &catalog,
                                            const Comparison &comparison,
                                            const QList<RoleCurve> &curves)
{
    document.add(Heading{tr("Expected results over time")});
    if (curves.isEmpty()) {
        document.add(Paragraph(tr("The catalog gives no expected results over time for these "
                                  "roles.")));
        return;
    }
    document.add(
        blocks::Chart{blocks::Chart::Kind::ExpectedResults, comparison.roleIds, curves, {}, {}});
    Table table{{tr("Role"), tr("Assumption")}, {0.28, 0.72}, {}};
    for (const auto &curve : curves) {
        QList<Span> role{{Span::Kind::RoleLink, curve.title, curve.roleId}};
        if (curve.changedFrom(catalog)) {
            role.append({Span::Kind::Emphasis, tr(" (changed from the catalog's values)"), {}});
        }
        table.rows.append({{Paragraph(role),
                            Paragraph(curve.assumptions.description(), curve.assumptions.sources)},
                           Table::Shade::None});
    }
    document.add(table);
    document.add(Note{Paragraph(tr("These curves are assumptions, not measurements or promises: "
                                   "the values are illustrative, shaped by what the sources say "
                                   "about when each role's contribution shows."))});
}

void ComparisonDocument::addExclusions(Document &document, const Catalog &catalog,
                                       const Comparison &comparison)
{
    document.add(Heading{tr("What each role does not do, and who does")});
    for (const Role *role : rolesOf(catalog, comparison)) {
        document.add(Heading{role->title, 2});
        document.add(RoleSections::exclusionsOrNone(catalog, *role));
    }
}

void ComparisonDocument::addDisagreements(Document &document, const Catalog &catalog,
                                          const Comparison &comparison)
{
    const QList<const Disagreement *> between =
        ComparisonGlance::disagreementsBetween(catalog, comparison.roleIds);
    document.add(Heading{tr("Where the sources disagree")});
    if (between.isEmpty()) {
        document.add(Paragraph(tr("The catalog records no disagreement between the sources about "
                                  "these roles.")));
        return;
    }
    document.add(Note{Paragraph(tr("Each position as its sources state it; the catalog does not "
                                   "pick a winner."))});
    document.add(RoleSections::disagreements(between));
}

} // namespace rolelens
