#include "sheet/SheetContent.h"

#include "report/builders/AgreementDocument.h"
#include "report/builders/ComparisonDocument.h"
#include "report/builders/ProfileDocument.h"
#include "sheet/SheetRenderer.h"

namespace rolelens {

PdfExport::Document SheetContent::of(Document document, const Catalog &catalog,
                                     const QString &subject)
{
    const QString title = document.title();
    return {title, subject, title, [&catalog, document = std::move(document)](Sheet &sheet) {
                SheetRenderer::render(document, catalog, sheet);
            }};
}

PdfExport::Document SheetContent::profileDocument(const Catalog &catalog, const Role &role)
{
    return of(ProfileDocument::build(catalog, role), catalog, role.title);
}

PdfExport::Document SheetContent::comparisonDocument(const Catalog &catalog,
                                                     const Comparison &comparison,
                                                     const QList<RoleCurve> &curves)
{
    QStringList titles;
    for (const auto &id : comparison.roleIds) {
        titles.append(catalog.roleTitle(id));
    }
    return of(ComparisonDocument::build(catalog, comparison, curves), catalog,
              titles.join(QStringLiteral(", ")));
}

PdfExport::Document SheetContent::agreementDocument(const Catalog &catalog,
                                                    const Scenario &scenario, const Advice &advice)
{
    const QString role = catalog.roleTitle(advice.judgedRoleId);
    const QString subject = scenario.businessName.isEmpty()
                                ? role
                                : QStringLiteral("%1, %2").arg(role, scenario.businessName);
    return of(AgreementDocument::build(catalog, scenario, advice), catalog, subject);
}

} // namespace rolelens
