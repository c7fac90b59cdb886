#include "report/builders/RoleSections.h"

#include "i18n/Punctuation.h"
#include "report/builders/ComparisonGlance.h"

namespace rolelens {

using blocks::Paragraph;
using blocks::Span;

blocks::BulletList RoleSections::exclusions(const Catalog &catalog, const Role &role)
{
    blocks::BulletList list;
    for (const auto &item : role.notResponsibleFor) {
        list.items.append(
            {Paragraph({{Span::Kind::Plain, item.task + QStringLiteral(" → "), {}},
                        {Span::Kind::RoleLink, catalog.roleTitle(item.handledBy), item.handledBy}},
                       item.sources),
             {}});
    }
    return list;
}

blocks::Block RoleSections::exclusionsOrNone(const Catalog &catalog, const Role &role)
{
    if (role.notResponsibleFor.isEmpty()) {
        return Paragraph(
            tr("The catalog lists nothing this role is commonly, and wrongly, expected to do."));
    }
    return exclusions(catalog, role);
}

QString RoleSections::definition(const Metric *metric)
{
    if (!metric) {
        return {};
    }
    return metric->formula.isEmpty()
               ? metric->definition
               : metric->definition + QLatin1Char(' ') + tr("Formula: %1.").arg(metric->formula);
}

QString RoleSections::emphasis(const MetricUse &use)
{
    return use.emphasis == MetricUse::Emphasis::Primary ? tr("primary") : tr("secondary");
}

blocks::BulletList RoleSections::disagreements(const QList<const Disagreement *> &disagreements)
{
    blocks::BulletList list;
    for (const Disagreement *disagreement : disagreements) {
        blocks::ListItem item{
            blocks::Paragraph({{blocks::Span::Kind::Strong, disagreement->topic, {}}}), {}};
        for (const auto &position : disagreement->positions) {
            item.details.append(blocks::Paragraph(position.view, position.sources));
        }
        list.items.append(item);
    }
    return list;
}

blocks::Paragraph RoleSections::named(const QString &name, const QString &description,
                                      const Citations &sources)
{
    return Paragraph({{Span::Kind::Strong, name, {}},
                      {Span::Kind::Plain,
                       description.isEmpty() ? QString() : Punctuation::colon() + description,
                       {}}},
                     sources);
}

blocks::ListItem RoleSections::exclusionLine(const Catalog &catalog, const Exclusion &exclusion)
{
    return {Paragraph({{Span::Kind::Strong, ComparisonGlance::shortTask(exclusion.task), {}},
                       {Span::Kind::Plain, QStringLiteral(" → "), {}},
                       {Span::Kind::RoleLink, catalog.roleTitle(exclusion.handledBy),
                        exclusion.handledBy}},
                      exclusion.sources),
            {}};
}

blocks::BulletList RoleSections::notPartOf(const Catalog &catalog, const Role &role,
                                           const Advice &advice, const QStringList &kept)
{
    blocks::BulletList list;
    for (const auto &exclusion : role.notResponsibleFor) {
        list.items.append(exclusionLine(catalog, exclusion));
    }
    for (const auto &assignment : advice.plan.assignments) {
        if (assignment.roleId == role.id) {
            continue;
        }
        for (const auto &taskId : assignment.tasks) {
            if (kept.contains(taskId)) {
                continue;
            }
            const Task *task = catalog.task(taskId);
            list.items.append(
                {Paragraph(
                     {{Span::Kind::Strong, task ? task->label : taskId, {}},
                      {Span::Kind::Plain,
                       QStringLiteral(" → ") + HiringPlan::engagementLabel(assignment.engagement) +
                           Punctuation::colon(),
                       {}},
                      {Span::Kind::RoleLink, catalog.roleTitle(assignment.roleId),
                       assignment.roleId}},
                     assignment.sources),
                 {}});
        }
    }
    return list;
}

} // namespace rolelens
