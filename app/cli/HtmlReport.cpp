#include "cli/HtmlReport.h"

#include "html/HtmlRenderer.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/ComparisonDocument.h"
#include "report/builders/ProfileDocument.h"

namespace rolelens {

QString HtmlReport::list(const Catalog &catalog) const
{
    QString body = QStringLiteral("<h1>%1</h1>").arg(tr("Roles").toHtmlEscaped());
    QStringList categories;
    for (const auto &role : catalog.roles()) {
        if (!categories.contains(role.category)) {
            categories.append(role.category);
        }
    }
    for (const auto &category : categories) {
        body += QStringLiteral("<h3>%1</h3><ul>").arg(category.toHtmlEscaped());
        for (const auto &role : catalog.roles()) {
            if (role.category == category) {
                body += QStringLiteral("<li><b>%1</b> <code>%2</code></li>")
                            .arg(role.title.toHtmlEscaped(), role.id.toHtmlEscaped());
            }
        }
        body += QStringLiteral("</ul>");
    }
    return HtmlRenderer::page(tr("Roles"), body);
}

QString HtmlReport::show(const Catalog &catalog, const Role &role) const
{
    return document(catalog, ProfileDocument::build(catalog, role));
}

QString HtmlReport::compare(const Catalog &catalog, const Comparison &comparison) const
{
    return document(catalog, ComparisonDocument::build(catalog, comparison));
}

QString HtmlReport::advise(const Catalog &catalog, const Advice &advice) const
{
    return document(catalog, AdviceDocument::build(catalog, advice));
}

QString HtmlReport::document(const Catalog &catalog, const Document &document) const
{
    HtmlRenderer renderer(catalog, QPalette(), HtmlRenderer::Links::Page);
    return HtmlRenderer::page(document.title(), renderer.render(document));
}

} // namespace rolelens
