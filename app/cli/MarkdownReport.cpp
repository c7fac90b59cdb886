#include "cli/MarkdownReport.h"

#include "advisor/Advisor.h"
#include "cli/MarkdownRenderer.h"
#include "report/CitationIndex.h"
#include "report/Figures.h"
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

QString roleLink(const Catalog &catalog, const QString &id)
{
    const Role *role = catalog.role(id);
    return role ? QStringLiteral("%1 (`%2`)").arg(role->title, id) : id;
}

QString sourcesSection(const Catalog &catalog, const CitationIndex &citations)
{
    QString out = QStringLiteral("\n## ") + MarkdownReport::tr("Sources") + QStringLiteral("\n\n");
    for (const auto &line : citations.sourceLines(catalog)) {
        out += QStringLiteral("- ") + line + QLatin1Char('\n');
    }
    return out;
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
    CitationIndex citations;
    QString out = QStringLiteral("# %1\n\n").arg(tr("Advice"));
    out += QStringLiteral("## %1\n\n").arg(tr("Roles that fit"));
    if (!advice.recommendations.isEmpty()) {
        out += QStringLiteral("| %1 | %2 | %3 |\n|---|---|---|\n")
                   .arg(tr("Role"), tr("Fit"), tr("Why"));
        const QList<Advice::Recommendation> listed = advice.listedRecommendations();
        for (const auto &item : listed) {
            out += QStringLiteral("| %1 | %2 | %3 |\n")
                       .arg(roleLink(catalog, item.roleId), Figures::fit(item.fit),
                            cell(item.reasons.join(QLatin1Char(' '))));
        }
        if (listed.size() < advice.recommendations.size()) {
            out += QStringLiteral("\n%1\n").arg(
                tr("...and %1 more roles that cover part of this (all of them with "
                   "`--format json`).")
                    .arg(advice.recommendations.size() - listed.size()));
        }
    }
    out += QStringLiteral("\n## %1\n\n").arg(tr("Findings"));
    for (const auto &finding : advice.findings) {
        out += QStringLiteral("- **%1** `%2`: %3 %4 %5\n")
                   .arg(Advice::severityLabel(finding.severity), finding.id, finding.message,
                        finding.explanation, citations.markers(finding.sources));
        if (!finding.suggestion.isEmpty()) {
            out += QStringLiteral("  - %1\n").arg(tr("Instead: %1").arg(finding.suggestion));
        }
    }
    if (!advice.realisticTargets.isEmpty()) {
        QStringList header{tr("Metric")};
        for (const int months : Advisor::kHorizons) {
            header.append(Figures::months(months));
        }
        header.append(tr("Owner's target"));
        out += QStringLiteral("\n## %1\n\n| %2 |\n|%3\n")
                   .arg(tr("Judge the hire by"), header.join(QStringLiteral(" | ")),
                        QStringLiteral("---|").repeated(header.size()));
        for (const auto &target : advice.realisticTargets) {
            QStringList cells{cell(catalog.metricName(target.metricId)) + QLatin1Char(' ') +
                              citations.markers(target.sources)};
            for (const int months : Advisor::kHorizons) {
                QString value = QStringLiteral("—");
                for (const auto &range : target.ranges) {
                    if (range.months == months) {
                        value = Figures::range(range.low, range.high, target.unit);
                    }
                }
                cells.append(value);
            }
            cells.append(target.ownerTarget
                             ? QStringLiteral("%1 %2").arg(
                                   Figures::measure(*target.ownerTarget, target.unit),
                                   Figures::inMonths(target.ownerMonths))
                             : QStringLiteral("—"));
            out += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
        }
        out += QStringLiteral("\n") + tr("Ranges are assumptions, not facts (see their sources).") +
               QStringLiteral("\n");
    }
    if (!citations.sourceIds().isEmpty()) {
        out += sourcesSection(catalog, citations);
    }
    return out;
}

} // namespace rolelens
