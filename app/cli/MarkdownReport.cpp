#include "cli/MarkdownReport.h"

#include "advisor/Advisor.h"
#include "cli/MarkdownRenderer.h"
#include "report/CitationIndex.h"
#include "report/Figures.h"
#include "report/builders/AdviceDocument.h"
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
    QStringList titles;
    for (const auto &id : comparison.roleIds) {
        titles.append(catalog.role(id)->title);
    }
    QString out = QStringLiteral("# %1\n\n")
                      .arg(tr("Comparison: %1").arg(titles.join(QStringLiteral(" vs "))));
    out += QStringLiteral("| %1 | %2 | %3 |\n")
               .arg(tr("Dimension"), titles.join(QStringLiteral(" | ")), tr("Relation"));
    out += QStringLiteral("|---|") + QStringLiteral("---|").repeated(titles.size() + 1) +
           QLatin1Char('\n');
    for (const auto &row : comparison.rows) {
        QStringList cells;
        for (const auto &text : row.texts) {
            cells.append(cell(text));
        }
        out += QStringLiteral("| %1 | %2 | %3 |\n")
                   .arg(dimensions::label(row.dimension), cells.join(QStringLiteral(" | ")),
                        relations::label(row.relation));
    }
    out += QStringLiteral("\n## %1\n\n| %2 | %3 |\n")
               .arg(tr("Success metric weights (1-5)"), tr("Metric"),
                    titles.join(QStringLiteral(" | ")));
    out += QStringLiteral("|---|") + QStringLiteral("---|").repeated(titles.size()) +
           QLatin1Char('\n');
    for (const auto &metricId : catalog.metricsUsedBy(comparison.roleIds)) {
        QStringList cells;
        for (const auto &id : comparison.roleIds) {
            const MetricUse *use = catalog.role(id)->metricUse(metricId);
            cells.append(use ? QString::number(use->weight) : QStringLiteral("–"));
        }
        out += QStringLiteral("| %1 | %2 |\n")
                   .arg(cell(catalog.metricName(metricId)), cells.join(QStringLiteral(" | ")));
    }
    return out;
}

QString MarkdownReport::advise(const Catalog &catalog, const Advice &advice) const
{
    return MarkdownRenderer::render(AdviceDocument::build(catalog, advice), catalog);
}

} // namespace rolelens
