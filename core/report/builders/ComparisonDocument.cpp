#include "report/builders/ComparisonDocument.h"

namespace rolelens {

using blocks::BulletList;
using blocks::Heading;
using blocks::ListItem;
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

} // namespace

Document ComparisonDocument::build(const Catalog &catalog, const Comparison &comparison)
{
    QStringList titles;
    for (const Role *role : rolesOf(catalog, comparison)) {
        titles.append(role->title);
    }
    const QString title = tr("Comparison: %1").arg(titles.join(QStringLiteral(" vs ")));
    Document document(title);
    document.add(blocks::Title{title, {}, tr("Role comparison")});
    addDimensions(document, catalog, comparison);
    addMetricWeights(document, catalog, comparison);
    addSharedAndUnique(document, catalog, comparison);
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

void ComparisonDocument::addDimensions(Document &document, const Catalog &catalog,
                                       const Comparison &comparison)
{
    const QList<const Role *> roles = rolesOf(catalog, comparison);
    document.add(Heading{tr("Dimension by dimension")});
    Table table{{tr("Dimension")}, {0.18}, {}};
    addRoleColumns(table, roles, 0.7);
    table.headers.append(tr("Relation"));
    table.widths.append(0.12);
    for (const auto &row : comparison.rows) {
        Table::Row cells{
            {Paragraph(QList<Span>{{Span::Kind::Strong, dimensions::label(row.dimension), {}}})},
            row.relation == Relation::Same ? Table::Shade::Overlap : Table::Shade::Difference};
        for (qsizetype i = 0; i < roles.size(); ++i) {
            QList<Span> spans{{Span::Kind::Plain, row.texts.at(i), {}}};
            if (!row.tags.at(i).isEmpty()) {
                spans.append({Span::Kind::Tags, row.tags.at(i).join(QStringLiteral(", ")), {}});
            }
            cells.cells.append(Paragraph(spans, roles.at(i)->dimension(row.dimension).sources));
        }
        cells.cells.append(Paragraph(relations::label(row.relation)));
        table.rows.append(cells);
    }
    document.add(table);
}

void ComparisonDocument::addMetricWeights(Document &document, const Catalog &catalog,
                                          const Comparison &comparison)
{
    const QList<const Role *> roles = rolesOf(catalog, comparison);
    document.add(Heading{tr("Success metric weights (1-5)")});
    Table table{{tr("Metric")}, {0.4}, {}};
    addRoleColumns(table, roles, 0.6);
    for (const auto &metricId : catalog.metricsUsedBy(comparison.roleIds)) {
        Table::Row row{{Paragraph(QList<Span>{
                           {Span::Kind::MetricLink, catalog.metricName(metricId), metricId}})},
                       Table::Shade::None};
        for (const Role *role : roles) {
            const MetricUse *use = role->metricUse(metricId);
            row.cells.append(use ? Paragraph(QString::number(use->weight), use->basis)
                                 : Paragraph());
        }
        table.rows.append(row);
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

} // namespace rolelens
