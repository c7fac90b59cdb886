#include "report/builders/SelfCheckDocument.h"

#include "fit/SelfCheck.h"
#include "report/Figures.h"

namespace rolelens {
namespace {

// The skills' names, with the sources that list them for this role.
blocks::Paragraph skillList(const Role &role, const QStringList &skillIds)
{
    Citations sources;
    for (const Skill &skill : role.skills) {
        if (skillIds.contains(skill.id)) {
            appendUnique(sources, skill.sources);
        }
    }
    return blocks::Paragraph(role.skillNames(skillIds).join(QStringLiteral(", ")), sources);
}

// The preferred kinds of work the role involves, with the sources of the dimensions that show
// it. Those it does not involve are left out: the sources cannot be placed beside them.
blocks::Paragraph preferredWork(const Catalog &catalog, const Role &role, const RoleFit &fit)
{
    if (fit.preferredSideIds.isEmpty()) {
        return blocks::Paragraph(SelfCheckDocument::tr("None of it"));
    }
    QStringList involved;
    Citations sources;
    for (const QString &sideId : fit.preferredSideIds) {
        const WorkKind::Side *side = catalog.workKindWithSide(sideId)->side(sideId);
        involved.append(side->label);
        appendUnique(sources, SelfCheck::evidence(role, *side));
    }
    return blocks::Paragraph(involved.join(QStringLiteral(", ")), sources);
}

} // namespace

Document SelfCheckDocument::build(const Catalog &catalog, const SelfCheckAnswers &answers)
{
    Document document(tr("Which role fits what you can do"));
    document.add(blocks::Title{document.title(), {}, tr("Self-check")});
    document.add(blocks::Note{blocks::Paragraph(
        tr("A reading of the catalog, not a test of aptitude: each role is ranked by how many of "
           "the skills its sources list you rate \"some\" (1 point) or \"strong\" (2 points), "
           "out of 2 points for each skill."))});
    if (answers.isEmpty()) {
        document.add(blocks::Paragraph(
            tr("Nothing answered yet: rate the skills you have and choose the kinds of work you "
               "prefer, and the roles are ranked by how far they match. Until then, each role "
               "below shows every skill its sources list.")));
    }
    const bool withPreferences = !answers.preferences.isEmpty();
    if (withPreferences) {
        document.add(blocks::Paragraph(
            tr("Each kind of work you prefer counts 2 points when the role's description in the "
               "catalog involves it; the sources cited are those of that description.")));
    }
    const QList<RoleFit> fits = SelfCheck::rank(catalog, answers);
    blocks::Table table;
    table.headers = {tr("Role"), tr("Overlap"), tr("Skills you have"), tr("Skills to learn")};
    table.widths = {0.22, 0.12, 0.33, 0.33};
    if (withPreferences) {
        table.headers.append(tr("Work you prefer that it involves"));
        table.widths = {0.18, 0.17, 0.19, 0.25, 0.20};
    }
    for (const RoleFit &fit : fits) {
        const Role *role = catalog.role(fit.roleId);
        table.rows.append(
            {{blocks::Paragraph(
                  QList<blocks::Span>{{blocks::Span::Kind::RoleLink, role->title, role->id}}),
              blocks::Paragraph(Figures::fit(fit.share())), skillList(*role, fit.haveSkillIds),
              skillList(*role, fit.toLearnSkillIds)},
             blocks::Table::Shade::None});
        if (withPreferences) {
            table.rows.last().cells.append(preferredWork(catalog, *role, fit));
        }
    }
    document.add(table);
    int described = 0;
    for (const RoleFit &fit : fits) {
        if (described == kRolesDescribed || fit.points == 0) {
            break;
        }
        ++described;
        const Role *role = catalog.role(fit.roleId);
        document.add(blocks::Heading{role->title, 2});
        document.add(blocks::Paragraph(role->summary, role->summarySources));
        QStringList judgedBy;
        Citations basis;
        for (const MetricUse &use : role->metrics) {
            const Metric *metric = catalog.metric(use.metricId);
            if (use.emphasis == MetricUse::Emphasis::Primary && metric) {
                judgedBy.append(metric->name);
                basis.append(use.basis);
            }
        }
        if (!judgedBy.isEmpty()) {
            document.add(blocks::Paragraph(
                tr("Mainly judged by: %1").arg(judgedBy.join(QStringLiteral(", "))), basis));
        }
    }
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

} // namespace rolelens
