#include "sheet/SheetContent.h"

#include "advisor/Advisor.h"
#include "charts/ChartPalette.h"
#include "report/Figures.h"
#include "report/builders/ProfileDocument.h"
#include "sheet/ChartPrintStyle.h"
#include "sheet/Sheet.h"
#include "sheet/SheetRenderer.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QDate>
#include <QLegend>
#include <QLocale>

namespace rolelens {
namespace {

QString withMarkers(const QString &text, CitationIndex &citations, const Citations &sources)
{
    return citations.withMarkers(text, sources);
}

QString emphasisText(const MetricUse &use)
{
    return (use.emphasis == MetricUse::Emphasis::Primary ? SheetContent::tr("primary")
                                                         : SheetContent::tr("secondary")) +
           SheetContent::tr(", weight %1 of 5").arg(use.weight);
}

} // namespace

QString SheetContent::comparisonTitle(const Catalog &catalog, const QStringList &roleIds)
{
    QStringList titles;
    for (const auto &id : roleIds) {
        titles.append(catalog.roleTitle(id));
    }
    return titles.join(tr(" vs "));
}

PdfExport::Document SheetContent::comparisonDocument(const Catalog &catalog,
                                                     const Comparison &comparison,
                                                     const QList<MetricChartBuilder::Curve> &curves)
{
    const QString title = comparisonTitle(catalog, comparison.roleIds);
    QStringList titles;
    for (const auto &id : comparison.roleIds) {
        titles.append(catalog.roleTitle(id));
    }
    return {title, titles.join(QStringLiteral(", ")), title,
            [&catalog, comparison, curves](Sheet &sheet) {
                composeComparison(sheet, catalog, comparison, curves);
            }};
}

PdfExport::Document SheetContent::profileDocument(const Catalog &catalog, const Role &role)
{
    return {role.title, role.title, role.title, [&catalog, &role](Sheet &sheet) {
                SheetRenderer::render(ProfileDocument::build(catalog, role), catalog, sheet);
            }};
}

PdfExport::Document SheetContent::agreementDocument(const Catalog &catalog,
                                                    const Scenario &scenario, const Advice &advice)
{
    const QString role = catalog.roleTitle(advice.judgedRoleId);
    const QString title =
        role.isEmpty() ? tr("Expectations agreement") : tr("Expectations agreement: %1").arg(role);
    const QString subject = scenario.businessName.isEmpty()
                                ? role
                                : QStringLiteral("%1, %2").arg(role, scenario.businessName);
    return {title, subject, title, [&catalog, scenario, advice](Sheet &sheet) {
                composeAgreement(sheet, catalog, scenario, advice);
            }};
}

void SheetContent::addAssumptions(Sheet &sheet, const Catalog &catalog,
                                  const QList<MetricChartBuilder::Curve> &curves,
                                  CitationIndex &citations)
{
    if (curves.isEmpty()) {
        return;
    }
    QChart *chart = MetricChartBuilder::expectedResults(curves, sheet.style().chartPalette());
    ChartPrintStyle::applyFonts(chart);
    sheet.addChart(chart, 80);
    QList<Sheet::Row> rows;
    for (const auto &curve : curves) {
        QString role = curve.title;
        const Role *source = catalog.role(curve.roleId);
        if (source && source->expectedResults && !(*source->expectedResults == curve.assumptions)) {
            role += tr(" (changed from the catalog's values)");
        }
        rows.append({{role, withMarkers(curve.assumptions.description(), citations,
                                        curve.assumptions.sources)}});
    }
    sheet.addTable({0.28, 0.72}, {tr("Role"), tr("Assumption")}, rows);
    sheet.addNote(tr("These curves are assumptions, not measurements or promises: the values are "
                     "illustrative, shaped by what the sources say about when each role's "
                     "contribution shows."));
}

void SheetContent::addExclusions(Sheet &sheet, const Catalog &catalog, const Role &role,
                                 CitationIndex &citations)
{
    if (role.notResponsibleFor.isEmpty()) {
        sheet.addParagraph(tr("The catalog lists nothing this role is commonly, and wrongly, "
                              "expected to do."));
        return;
    }
    for (const auto &item : role.notResponsibleFor) {
        sheet.addBullet(withMarkers(tr("%1 → %2").arg(item.task, catalog.roleTitle(item.handledBy)),
                                    citations, item.sources));
    }
}

void SheetContent::addSources(Sheet &sheet, const Catalog &catalog, const CitationIndex &citations)
{
    sheet.addHeading(tr("Sources"));
    sheet.addNote(
        tr("Numbers in brackets refer to this list. Each statement's exact quotation is in "
           "RoleLens (hover the reference) and in 'rolelens show ROLE --format json'."));
    for (const auto &line : citations.sourceLines(catalog)) {
        sheet.addParagraph(line);
    }
}

void SheetContent::composeComparison(Sheet &sheet, const Catalog &catalog,
                                     const Comparison &comparison,
                                     const QList<MetricChartBuilder::Curve> &curves)
{
    CitationIndex citations;
    QList<const Role *> roles;
    for (const auto &id : comparison.roleIds) {
        roles.append(catalog.role(id));
    }
    sheet.addTitle(comparisonTitle(catalog, comparison.roleIds),
                   {tr("Comparison sheet · %1").arg(Figures::today()),
                    tr("What each role is for, how it is judged and what it does not do: to agree "
                       "on realistic expectations before the hire.")});

    sheet.addHeading(tr("Side by side"));
    sheet.addNote(tr("Shaded rows: the roles differ (darker) or only partly overlap (lighter) on "
                     "that dimension, as computed from the catalog's tags."));
    const qreal labelColumn = 0.2;
    QList<qreal> columns{labelColumn};
    QStringList header{tr("Dimension")};
    for (const Role *role : roles) {
        columns.append((1.0 - labelColumn) / static_cast<qreal>(roles.size()));
        header.append(role->title);
    }
    QList<Sheet::Row> rows;
    for (const auto &row : comparison.rows) {
        QStringList cells{
            QStringLiteral("%1\n(%2)")
                .arg(dimensions::label(row.dimension), relations::label(row.relation))};
        for (qsizetype i = 0; i < roles.size(); ++i) {
            cells.append(withMarkers(row.texts.at(i), citations,
                                     roles.at(i)->dimension(row.dimension).sources));
        }
        const Sheet::Shade shade = row.relation == Relation::Different ? Sheet::Shade::Different
                                   : row.relation == Relation::Overlap ? Sheet::Shade::Overlap
                                                                       : Sheet::Shade::None;
        rows.append({cells, shade});
    }
    const auto joined = [](const QStringList &names) {
        return names.isEmpty() ? tr("none") : names.join(QStringLiteral("; "));
    };
    QStringList onlyResponsibilities{tr("Responsibilities of this role only")};
    QStringList onlySkills{tr("Skills of this role only")};
    QStringList onlyMetrics{tr("Metrics of this role only")};
    for (const Role *role : roles) {
        onlyResponsibilities.append(
            joined(role->responsibilityNames(comparison.responsibilities.unique.value(role->id))));
        onlySkills.append(joined(role->skillNames(comparison.skills.unique.value(role->id))));
        onlyMetrics.append(joined(catalog.metricNames(comparison.metrics.unique.value(role->id))));
    }
    rows.append({onlyResponsibilities});
    rows.append({onlySkills});
    rows.append({onlyMetrics});
    sheet.addTable(columns, header, rows);
    sheet.addParagraph(
        tr("Shared by all: responsibilities: %1. Skills: %2. Metrics: %3.")
            .arg(joined(roles.first()->responsibilityNames(comparison.responsibilities.shared)),
                 joined(roles.first()->skillNames(comparison.skills.shared)),
                 joined(catalog.metricNames(comparison.metrics.shared))));

    sheet.addHeading(tr("Success metrics"));
    sheet.addNote(
        tr("Weight 1-5: how much each role is judged by the metric, from how many sources "
           "name it for the role. Hatched or lighter bars tell the roles apart in black and "
           "white; a lighter shade of a role's colour marks a secondary emphasis."));
    QChart *metricsChart = MetricChartBuilder::groupedMetrics(catalog, comparison.roleIds,
                                                              sheet.style().chartPalette());
    ChartPrintStyle::applyToBars(metricsChart);
    const auto metricCount = catalog.metricsUsedBy(comparison.roleIds).size();
    // Room for every metric's name (Qt elides labels it has no height for) and for every
    // role's bar to show its hatching.
    sheet.addChart(metricsChart, 40.0 + static_cast<qreal>(metricCount) *
                                            std::max(5.0, 2.0 * static_cast<qreal>(roles.size())));
    // One row per metric, one column per role: shared metrics are defined once and read
    // across, as in the chart.
    QList<qreal> metricColumns{0.46};
    QStringList metricHeader{tr("Metric, definition and formula")};
    for (const Role *role : roles) {
        metricColumns.append(0.54 / static_cast<qreal>(roles.size()));
        metricHeader.append(role->title);
    }
    QList<Sheet::Row> metricRows;
    for (const auto &metricId : catalog.metricsUsedBy(comparison.roleIds)) {
        const Metric *metric = catalog.metric(metricId);
        QString definition = metric->name + QStringLiteral(": ") + metric->definition;
        if (!metric->formula.isEmpty()) {
            definition += QLatin1Char(' ') + tr("Formula: %1.").arg(metric->formula);
        }
        QStringList cells{definition};
        for (const Role *role : roles) {
            const MetricUse *use = role->metricUse(metricId);
            cells.append(use ? withMarkers(emphasisText(*use), citations, use->basis)
                             : QStringLiteral("—"));
        }
        metricRows.append({cells});
    }
    sheet.addTable(metricColumns, metricHeader, metricRows, false);

    sheet.addHeading(tr("Expected results over time"));
    addAssumptions(sheet, catalog, curves, citations);

    sheet.addHeading(tr("What each role does not do, and who does"));
    for (const Role *role : roles) {
        sheet.addSubheading(role->title);
        addExclusions(sheet, catalog, *role, citations);
    }
    addSources(sheet, catalog, citations);
}

void SheetContent::composeAgreement(Sheet &sheet, const Catalog &catalog, const Scenario &scenario,
                                    const Advice &advice)
{
    CitationIndex citations;
    const Role *role = catalog.role(advice.judgedRoleId);
    QStringList subtitles{tr("Expectations agreement · %1").arg(Figures::today())};
    if (!scenario.businessName.isEmpty()) {
        subtitles.append(
            tr("%1 · %2").arg(scenario.businessName, Scenario::sizeLabel(scenario.size)));
    }
    subtitles.append(tr("What the hire is for, what to judge it by and what it does not do: "
                        "for the owner and the hire to agree on, and sign."));
    sheet.addTitle(role ? tr("Expectations agreement: %1").arg(role->title)
                        : tr("Expectations agreement"),
                   subtitles);
    if (!advice.recommendations.isEmpty()) {
        sheet.addHeading(tr("Roles that fit the goals and tasks"));
        QList<Sheet::Row> rows;
        for (const auto &recommendation : advice.recommendations.mid(0, 3)) {
            rows.append(
                {{catalog.roleTitle(recommendation.roleId), Figures::fit(recommendation.fit),
                  recommendation.reasons.join(QLatin1Char(' '))}});
        }
        sheet.addTable({0.24, 0.1, 0.66}, {tr("Role"), tr("Fit"), tr("Why")}, rows);
    }

    if (!role) {
        sheet.addParagraph(tr("No role is considered and none fits the goals and tasks given: "
                              "add goals or tasks, or name the role you are considering."));
    } else {
        sheet.addHeading(tr("The role and its purpose"));
        sheet.addParagraph(withMarkers(role->summary, citations, role->summarySources));
        const DimensionValue &horizon = role->dimension(Dimension::TimeHorizon);
        sheet.addParagraph(
            withMarkers(tr("Time horizon: %1").arg(horizon.text), citations, horizon.sources));

        sheet.addHeading(tr("What to judge the hire by"));
        sheet.addNote(tr("The role's main measures, most weighty first. Ranges are assumptions "
                         "(the sources give no figures), labelled with their sources; where "
                         "there is no range, agree a baseline in the first month."));
        QList<Sheet::Row> rows;
        for (const auto &target : advice.realisticTargets) {
            const Metric *metric = catalog.metric(target.metricId);
            QString name = catalog.metricName(target.metricId);
            if (metric && !metric->formula.isEmpty()) {
                name += QStringLiteral("\n") + tr("Formula: %1.").arg(metric->formula);
            }
            QStringList cells{withMarkers(name, citations, target.sources)};
            for (const int months : Advisor::kHorizons) {
                QString cell = QStringLiteral("—");
                for (const auto &range : target.ranges) {
                    if (range.months == months) {
                        cell = Figures::range(range.low, range.high, target.unit);
                    }
                }
                cells.append(cell);
            }
            cells.append(target.ownerTarget
                             ? QStringLiteral("%1 %2").arg(
                                   Figures::measure(*target.ownerTarget, target.unit),
                                   Figures::inMonths(target.ownerMonths))
                             : QStringLiteral("—"));
            rows.append(
                {cells, target.ranges.isEmpty() ? Sheet::Shade::None : Sheet::Shade::Overlap});
        }
        QStringList header{tr("Metric")};
        for (const int months : Advisor::kHorizons) {
            header.append(Figures::months(months));
        }
        header.append(tr("Owner's target"));
        sheet.addTable({0.40, 0.14, 0.14, 0.14, 0.18}, header, rows, false);

        sheet.addHeading(tr("What this role does not do, and who does"));
        addExclusions(sheet, catalog, *role, citations);
    }

    sheet.addHeading(tr("Findings"));
    if (advice.findings.isEmpty()) {
        sheet.addParagraph(tr("No expectation in this scenario conflicts with the catalog."));
    }
    for (const auto &finding : advice.findings) {
        sheet.addSubheading(
            QStringLiteral("%1: %2").arg(Advice::severityLabel(finding.severity), finding.message));
        sheet.addParagraph(withMarkers(finding.explanation, citations, finding.sources));
        if (!finding.suggestion.isEmpty()) {
            sheet.addBullet(tr("What to do: %1").arg(finding.suggestion));
        }
    }

    sheet.addHeading(tr("Agreed"));
    for (const auto &party : {tr("Owner"), tr("Hire")}) {
        sheet.addParagraph(
            tr("%1: ______________________________   Date: ______________").arg(party));
    }
    addSources(sheet, catalog, citations);
}

} // namespace rolelens
