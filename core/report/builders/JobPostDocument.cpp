#include "report/builders/JobPostDocument.h"

#include "advisor/Targets.h"
#include "i18n/InSentence.h"
#include "report/builders/DocumentOpening.h"
#include "report/builders/RoleSections.h"

namespace rolelens {

using blocks::BulletList;
using blocks::Heading;
using blocks::ListItem;
using blocks::Note;
using blocks::Paragraph;
using blocks::Span;

namespace {

ListItem named(const QString &name, const QString &description, const Citations &sources)
{
    return {RoleSections::named(name, description, sources), {}};
}

} // namespace

Document JobPostDocument::build(const Catalog &catalog, const Scenario &scenario,
                                const Advice &advice)
{
    DocumentOpening::Opened opened = DocumentOpening::open(
        catalog, scenario, advice, tr("Job post"), tr("Job post: %1"),
        {tr("Every line is the catalog's, with its sources: edit the wording, not the "
            "scope.")});
    Document &document = opened.document;
    if (!opened.role) {
        return document;
    }
    const Role *role = opened.role;
    document.add(Heading{tr("The role")});
    document.add(Paragraph(role->summary, role->summarySources));
    addWork(document, *role);
    addKept(document, catalog, *role, scenario, advice);
    addMeasures(document, catalog, advice);
    addEmployment(document, *role);
    addNotPart(document, catalog, *role, scenario, advice);
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

void JobPostDocument::addWork(Document &document, const Role &role)
{
    document.add(Heading{tr("What you will do")});
    BulletList work;
    for (const auto &responsibility : role.responsibilities) {
        work.items.append(
            named(responsibility.name, responsibility.description, responsibility.sources));
    }
    document.add(work);
    document.add(Heading{tr("What you bring")});
    BulletList skills;
    for (const auto &skill : role.skills) {
        skills.items.append(named(skill.name, skill.description, skill.sources));
    }
    document.add(skills);
}

void JobPostDocument::addMeasures(Document &document, const Catalog &catalog, const Advice &advice)
{
    if (advice.realisticTargets.isEmpty()) {
        return;
    }
    document.add(Heading{tr("How success will be measured")});
    document.add(Note{Paragraph(tr("The role's measures, most weighty first, with what to expect "
                                   "by each review. Ranges are assumptions to agree on, not "
                                   "promises; where no range is given, the first month sets the "
                                   "baseline and the trend is judged."))});
    BulletList measures;
    for (const auto &target : advice.realisticTargets) {
        measures.items.append(
            named(catalog.metricName(target.metricId), Targets::horizons(target), target.sources));
    }
    document.add(measures);
}

void JobPostDocument::addEmployment(Document &document, const Role &role)
{
    document.add(Heading{tr("Employment")});
    BulletList terms;
    for (const Dimension dimension :
         {Dimension::Employment, Dimension::Monetization, Dimension::TimeHorizon}) {
        const DimensionValue &value = role.dimension(dimension);
        if (!value.text.isEmpty()) {
            terms.items.append(named(dimensions::label(dimension), value.text, value.sources));
        }
    }
    document.add(terms);
}

void JobPostDocument::addKept(Document &document, const Catalog &catalog, const Role &role,
                              const Scenario &scenario, const Advice &advice)
{
    // Another role's work kept at the owner's request: said to be so, never passed off as
    // this role's (the mistake the articles describe).
    BulletList kept;
    for (const auto &assignment : advice.plan.assignments) {
        if (assignment.roleId == role.id) {
            continue;
        }
        for (const auto &taskId : assignment.tasks) {
            const Task *task = catalog.task(taskId);
            if (!task || !scenario.jobPostKeeps.contains(taskId)) {
                continue;
            }
            kept.items.append(
                {Paragraph({{Span::Kind::Strong, task->label, {}},
                            {Span::Kind::Emphasis,
                             QLatin1Char(' ') +
                                 tr("(kept at the owner's request: the advice gives it to the %1)")
                                     .arg(InSentence::label(catalog.roleTitle(assignment.roleId))),
                             {}}},
                           assignment.sources),
                 {}});
        }
    }
    if (!kept.items.isEmpty()) {
        document.add(Heading{tr("Also asked of this hire, though not the role's work")});
        document.add(kept);
    }
}

void JobPostDocument::addNotPart(Document &document, const Catalog &catalog, const Role &role,
                                 const Scenario &scenario, const Advice &advice)
{
    document.add(Heading{tr("Not part of this role")});
    const BulletList list = RoleSections::notPartOf(catalog, role, advice, scenario.jobPostKeeps);
    if (list.items.isEmpty()) {
        document.add(Paragraph(tr("The catalog lists nothing this role does not do.")));
        return;
    }
    document.add(list);
}

} // namespace rolelens
