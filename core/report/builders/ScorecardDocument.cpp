#include "report/builders/ScorecardDocument.h"

#include "advisor/Targets.h"
#include "report/Figures.h"
#include "report/builders/DocumentOpening.h"
#include "report/builders/RoleSections.h"

namespace rolelens {

using blocks::BulletList;
using blocks::Heading;
using blocks::Note;
using blocks::Paragraph;
using blocks::Span;
using blocks::Table;

namespace {

// The findings that say an owner's target lies beyond the range the role's assumption gives
// (advisor/rules/): today only the follower target has a range to lie beyond.
const QStringList kBeyondRangeFindings{QStringLiteral("follower-growth-unrealistic")};

} // namespace

Document ScorecardDocument::build(const Catalog &catalog, const Scenario &scenario,
                                  const Advice &advice)
{
    DocumentOpening::Opened opened =
        DocumentOpening::open(catalog, scenario, advice, tr("Scorecard"), tr("Scorecard: %1"));
    Document &document = opened.document;
    if (!opened.role) {
        return document;
    }
    const Role *role = opened.role;
    addMission(document, catalog, *role);
    addOutcomes(document, catalog, advice);
    addCompetencies(document, *role);
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

void ScorecardDocument::addMission(Document &document, const Catalog &catalog, const Role &role)
{
    document.add(Heading{tr("Mission")});
    document.add(Paragraph(role.summary, role.summarySources));
    if (role.notResponsibleFor.isEmpty()) {
        return;
    }
    document.add(Paragraph(QList<Span>{{Span::Kind::Strong, tr("What this role is not:"), {}}}));
    BulletList list;
    for (const auto &exclusion : role.notResponsibleFor) {
        list.items.append(RoleSections::exclusionLine(catalog, exclusion));
    }
    document.add(list);
}

void ScorecardDocument::addOutcomes(Document &document, const Catalog &catalog,
                                    const Advice &advice)
{
    document.add(Heading{tr("Outcomes")});
    const QList<Advice::RealisticTarget> &targets = advice.realisticTargets;
    if (!targets.isEmpty()) {
        document.add(Note{Paragraph(
            tr("The role's measures, most weighty first, with what to expect by each review. "
               "Ranges are assumptions to agree on, not promises; where no range is given, the "
               "first month sets the baseline and the trend is judged. Rate each outcome at the "
               "review."))});
        Table table{{tr("Rank"), tr("Outcome")}, {0.07, 0.22}, {}};
        for (const int months : Targets::kHorizons) {
            table.headers.append(Figures::months(months));
            table.widths.append(0.14);
        }
        table.headers.append({tr("Owner's target"), tr("Rating (1-5)")});
        table.widths.append({0.17, 0.12});
        for (qsizetype rank = 0; rank < targets.size() && rank < kMaxOutcomes; ++rank) {
            const auto &target = targets.at(rank);
            Table::Row row{
                {Paragraph(Figures::number(static_cast<double>(rank + 1))),
                 Paragraph(QList<Span>{{Span::Kind::MetricLink, catalog.metricName(target.metricId),
                                        target.metricId}},
                           target.sources)},
                target.ranges.isEmpty() ? Table::Shade::None : Table::Shade::Overlap};
            for (const int months : Targets::kHorizons) {
                row.cells.append(Paragraph(Targets::atHorizon(target, months)));
            }
            const QString owner = Targets::ownerTarget(target);
            row.cells.append(Paragraph(owner.isEmpty() ? tr("not set") : owner));
            // Left blank for the review to fill in.
            row.cells.append(Paragraph());
            table.rows.append(row);
        }
        document.add(table);
    }
    if (targets.size() > kMaxOutcomes) {
        document.add(Note{Paragraph(
            tr("Left out: %1 of the role's measures, the least weighty; a "
               "scorecard holds at most eight outcomes.")
                .arg(Figures::number(static_cast<double>(targets.size() - kMaxOutcomes))))});
    } else if (targets.size() < kMinOutcomes) {
        document.add(
            Note{Paragraph(tr("The catalog gives fewer than three measures for this role."))});
    }
    addBeyondRange(document, advice);
}

void ScorecardDocument::addBeyondRange(Document &document, const Advice &advice)
{
    for (const auto &finding : advice.findings) {
        if (kBeyondRangeFindings.contains(finding.id)) {
            document.add(Note{Paragraph(tr("Beyond the realistic range: %1").arg(finding.message),
                                        finding.sources)});
        }
    }
}

void ScorecardDocument::addCompetencies(Document &document, const Role &role)
{
    document.add(Heading{tr("Competencies")});
    if (role.skills.isEmpty()) {
        document.add(Paragraph(tr("The catalog lists no skills for this role.")));
        return;
    }
    Table table{{tr("Competency"), tr("Rating (1-5)")}, {0.85, 0.15}, {}};
    for (const auto &skill : role.skills) {
        table.rows.append(
            {{RoleSections::named(skill.name, skill.description, skill.sources), Paragraph()},
             Table::Shade::None});
    }
    document.add(table);
}

} // namespace rolelens
