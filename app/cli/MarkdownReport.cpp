#include "cli/MarkdownReport.h"

#include "advisor/Advisor.h"
#include "report/CitationIndex.h"
#include "report/Figures.h"
#include "report/MarkdownRenderer.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/ComparisonDocument.h"
#include "report/builders/ProfileDocument.h"

#include <QCoreApplication>

namespace rolelens {
namespace {

// Table cells cannot hold pipes or line breaks.
QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

QString MarkdownReport::list(const Catalog &catalog) const
{
    QString out = QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n")
                      .arg(tr("Id"), tr("Title"), tr("Category"));
    for (const auto &role : catalog.roles()) {
        out += QStringLiteral("| `%1` | %2 | %3 |\n")
                   .arg(role.id, cell(role.title), cell(role.category));
    }
    return out;
}

QString MarkdownReport::show(const Catalog &catalog, const Role &role) const
{
    return MarkdownRenderer::render(ProfileDocument::build(catalog, role), catalog);
}

QString MarkdownReport::compare(const Catalog &catalog, const Comparison &comparison) const
{
    return MarkdownRenderer::render(ComparisonDocument::build(catalog, comparison), catalog);
}

QString MarkdownReport::advise(const Catalog &catalog, const Advice &advice) const
{
    return MarkdownRenderer::render(AdviceDocument::build(catalog, advice), catalog);
}

QString MarkdownReport::document(const Catalog &catalog, const Document &document) const
{
    return MarkdownRenderer::render(document, catalog);
}

} // namespace rolelens
