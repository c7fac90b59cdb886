#include "report/builders/AdviceDocument.h"

#include "advisor/Advisor.h"
#include "advisor/RoleLookups.h"
#include "i18n/InSentence.h"
#include "i18n/Punctuation.h"
#include "report/Figures.h"

namespace rolelens {

using blocks::BulletList;
using blocks::Heading;
using blocks::Note;
using blocks::Paragraph;
using blocks::Span;
using blocks::Table;

Document AdviceDocument::build(const Catalog &catalog, const Advice &advice)
{
    Document document(tr("Advice"));
    QStringList subtitles;
    if (!advice.judgedRoleId.isEmpty()) {
        subtitles.append(tr("The findings and targets are about the %1.")
                             .arg(InSentence::label(catalog.roleTitle(advice.judgedRoleId))));
    }
    document.add(blocks::Title{tr("Advice"), subtitles, {}});
    addPlan(document, catalog, advice);
    addGuidance(document, catalog, Guidance::Document::Advice);
    addFindings(document, catalog, advice);
    addTargets(document, catalog, advice, Reader::Owner);
    addRecommendations(document, catalog, advice);
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

Document AdviceDocument::targets(const Catalog &catalog, const Advice &advice)
{
    Document document(advice.judgedRoleId.isEmpty()
                          ? tr("Realistic targets")
                          : tr("Realistic targets for the %1")
                                .arg(InSentence::label(catalog.roleTitle(advice.judgedRoleId))));
    addTargets(document, catalog, advice, Reader::Owner);
    return document;
}

QString AdviceDocument::noFindings()
{
    return tr("No expectation in this scenario conflicts with the catalog.");
}

void AdviceDocument::addPlan(Document &document, const Catalog &catalog, const Advice &advice)
{
    document.add(Heading{tr("Hiring plan")});
    const HiringPlan &plan = advice.plan;
    if (plan.isEmpty() && plan.uncoveredGoals.isEmpty() && plan.uncoveredTasks.isEmpty()) {
        document.add(Paragraph(tr("No goals or tasks given: nothing to plan.")));
        return;
    }
    BulletList list;
    for (const auto &assignment : plan.assignments) {
        blocks::ListItem item{
            Paragraph(
                {{Span::Kind::Strong,
                  Punctuation::label(HiringPlan::engagementLabel(assignment.engagement)),
                  {}},
                 {Span::Kind::Plain, QStringLiteral(" "), {}},
                 {Span::Kind::RoleLink, catalog.roleTitle(assignment.roleId), assignment.roleId}}),
            {Paragraph({{Span::Kind::Strong, tr("For:"), {}},
                        {Span::Kind::Plain,
                         QLatin1Char(' ') + Punctuation::semicolons(catalog.goalAndTaskLabels(
                                                assignment.goals, assignment.tasks)),
                         {}}})}};
        // The sources back the reasons as a whole: they follow the last one.
        for (qsizetype i = 0; i < assignment.reasons.size(); ++i) {
            const bool last = i + 1 == assignment.reasons.size();
            item.details.append(
                Paragraph(assignment.reasons.at(i), last ? assignment.sources : Citations()));
        }
        list.items.append(item);
    }
    if (!list.items.isEmpty()) {
        document.add(list);
    }
    if (!plan.uncoveredGoals.isEmpty() || !plan.uncoveredTasks.isEmpty()) {
        document.add(Note{Paragraph(tr("No role in the catalog covers: %1.")
                                        .arg(Punctuation::semicolons(catalog.goalAndTaskLabels(
                                            plan.uncoveredGoals, plan.uncoveredTasks))))});
    }
}

void AdviceDocument::addGuidance(Document &document, const Catalog &catalog,
                                 Guidance::Document shownIn)
{
    for (const Guidance *guidance : catalog.guidanceFor(shownIn)) {
        document.add(Paragraph(guidance->text, guidance->sources));
    }
}

void AdviceDocument::addRecommendations(Document &document, const Catalog &catalog,
                                        const Advice &advice)
{
    document.add(Heading{tr("Roles that fit, ranked")});
    document.add(Note{Paragraph(tr("The detail behind the plan: every role that covers part of "
                                   "what you listed, by how well it fits."))});
    if (advice.recommendations.isEmpty()) {
        document.add(Paragraph(tr("No goals or tasks given: nothing to rank.")));
        return;
    }
    //: Column titles: a role, how well it fits the owner's goals and tasks (a percentage), why.
    Table table{{tr("Role"), tr("Fit"), tr("Why")}, {0.26, 0.1, 0.64}, {}};
    const QList<Advice::Recommendation> listed = advice.listedRecommendations();
    for (const auto &item : listed) {
        table.rows.append(
            {{Paragraph(
                  QList<Span>{{Span::Kind::RoleLink, catalog.roleTitle(item.roleId), item.roleId}}),
              Paragraph(Figures::fit(item.fit)), Paragraph(item.reasons.join(QLatin1Char(' ')))},
             item.roleId == advice.judgedRoleId ? Table::Shade::Overlap : Table::Shade::None});
    }
    document.add(table);
    if (listed.size() < advice.recommendations.size()) {
        document.add(Note{Paragraph(
            tr("…and %n more role(s) that cover part of this (the Advisor in RoleLens lists "
               "them all).",
               nullptr, static_cast<int>(advice.recommendations.size() - listed.size())))});
    }
}

void AdviceDocument::addFindings(Document &document, const Catalog &catalog, const Advice &advice)
{
    document.add(
        Heading{advice.judgedRoleId.isEmpty()
                    ? tr("Findings")
                    : tr("Findings for the %1")
                          .arg(InSentence::label(catalog.roleTitle(advice.judgedRoleId)))});
    if (advice.findings.isEmpty()) {
        document.add(Paragraph(noFindings()));
        return;
    }
    BulletList list;
    for (const auto &finding : advice.findings) {
        blocks::ListItem item{
            Paragraph({{Span::Kind::Strong, Advice::severityLabel(finding.severity), {}},
                       {Span::Kind::Plain, QStringLiteral(" "), {}},
                       {Span::Kind::Code, finding.id, {}},
                       {Span::Kind::Plain, QStringLiteral(" ") + finding.message, {}}}),
            {Paragraph(finding.explanation, finding.sources)}};
        if (!finding.suggestion.isEmpty()) {
            item.details.append(
                Paragraph({{Span::Kind::Strong, tr("What to do:"), {}},
                           {Span::Kind::Plain, QStringLiteral(" ") + finding.suggestion, {}}}));
        }
        list.items.append(item);
    }
    document.add(list);
}

void AdviceDocument::addTargets(Document &document, const Catalog &catalog, const Advice &advice,
                                Reader reader)
{
    if (advice.realisticTargets.isEmpty()) {
        return;
    }
    document.add(Heading{tr("Judge the hire by")});
    document.add(Note{Paragraph(tr("The role's measures, most weighty first (weight 1-5). Ranges "
                                   "are assumptions, not facts (see their sources); where the "
                                   "sources give no range, take the first month as the baseline "
                                   "and judge the trend (general practice), and compare with the "
                                   "published benchmarks below."))});
    Table table{{tr("Metric"), tr("Weight")}, {0.29, 0.1}, {}};
    for (const int months : Advisor::kHorizons) {
        table.headers.append(Figures::months(months));
        table.widths.append(0.14);
    }
    table.headers.append(reader == Reader::Owner ? tr("Your target") : tr("Owner's target"));
    table.widths.append(0.19);
    for (const auto &target : advice.realisticTargets) {
        QList<Span> metric{
            {Span::Kind::MetricLink, catalog.metricName(target.metricId), target.metricId}};
        if (const Metric *defined = catalog.metric(target.metricId);
            defined && !defined->formula.isEmpty()) {
            metric.append({Span::Kind::Plain,
                           QLatin1Char(' ') + tr("(formula: %1)").arg(defined->formula),
                           {}});
        }
        Table::Row row{
            // The sources of the range, or else of the role being judged by the metric.
            {Paragraph(metric, target.sources), Paragraph(QString::number(target.weight))},
            target.ranges.isEmpty() ? Table::Shade::None : Table::Shade::Overlap};
        for (const int months : Advisor::kHorizons) {
            row.cells.append(Paragraph(Targets::atHorizon(target, months)));
        }
        // Said, not a dash: the owner has not set one yet.
        const QString owner = Targets::ownerTarget(target);
        row.cells.append(Paragraph(owner.isEmpty() ? tr("not set") : owner));
        table.rows.append(row);
    }
    document.add(table);
    addBenchmarks(document, catalog, advice, reader);
}

void AdviceDocument::addBenchmarks(Document &document, const Catalog &catalog, const Advice &advice,
                                   Reader reader)
{
    BulletList list;
    for (const auto &target : advice.realisticTargets) {
        // A measure with ranges is judged by its assumption, shown in the table.
        if (!target.ranges.isEmpty()) {
            continue;
        }
        // The colon keeps the measure apart from its figure where a renderer runs a single
        // detail on after its item.
        blocks::ListItem item{
            Paragraph(QList<Span>{
                {Span::Kind::MetricLink, catalog.metricName(target.metricId), target.metricId},
                {Span::Kind::Plain, Punctuation::label(QString()), {}}}),
            {}};
        if (target.ownFigure) {
            const QString figure = Targets::ownerTarget(target);
            item.details.append(Paragraph(reader == Reader::Owner
                                              ? tr("Your figure: %1").arg(figure)
                                              : tr("The owner's figure: %1").arg(figure)));
        }
        for (const auto &benchmark : target.benchmarks) {
            item.details.append(
                Paragraph(Targets::benchmark(catalog, benchmark), {benchmark.citation()}));
        }
        if (target.benchmarks.isEmpty()) {
            item.details.append(
                Paragraph(Targets::noBenchmark(), RoleLookups::generalPractice(catalog)));
        }
        list.items.append(item);
    }
    if (list.items.isEmpty()) {
        return;
    }
    document.add(Heading{tr("Published benchmarks"), 2});
    document.add(Note{Paragraph(
        tr("Figures from industry reports to compare the hire's results with, not targets "
           "agreed. Each keeps its own denominator (followers, views, impressions, visitors): "
           "compare like with like, and mind each report's age, platform and sample (under "
           "Sources), which may be of larger brands than yours."))});
    document.add(list);
}

} // namespace rolelens
