#include "cli/CsvReport.h"

#include "compare/RoleCurve.h"
#include "report/CsvRenderer.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/ComparisonDocument.h"
#include "report/builders/ProfileDocument.h"

namespace rolelens {

QString CsvReport::list(const Catalog &catalog) const
{
    //: Column titles of the role list as CSV: a role's id (what the user types), its title and
    //: its category.
    blocks::Table table{{tr("Id"), tr("Title"), tr("Category")}, {}, {}};
    for (const auto &role : catalog.roles()) {
        table.rows.append({{blocks::Paragraph(role.id), blocks::Paragraph(role.title),
                            blocks::Paragraph(role.category)},
                           blocks::Table::Shade::None});
    }
    Document document;
    document.add(table);
    return CsvRenderer::render(document, catalog);
}

QString CsvReport::show(const Catalog &catalog, const Role &role) const
{
    return CsvRenderer::render(ProfileDocument::build(catalog, role), catalog);
}

QString CsvReport::compare(const Catalog &catalog, const Comparison &comparison) const
{
    return CsvRenderer::render(
        ComparisonDocument::tables(catalog, comparison,
                                   RoleCurve::fromCatalog(catalog, comparison.roleIds)),
        catalog);
}

QString CsvReport::advise(const Catalog &catalog, const Advice &advice) const
{
    return CsvRenderer::render(AdviceDocument::targets(catalog, advice), catalog);
}

QString CsvReport::document(const Catalog &catalog, const Document &document) const
{
    return CsvRenderer::render(document, catalog);
}

} // namespace rolelens
