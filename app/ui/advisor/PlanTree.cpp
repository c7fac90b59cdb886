#include "ui/advisor/PlanTree.h"

#include "i18n/Punctuation.h"
#include "report/CitationIndex.h"
#include "ui/advisor/SourceItems.h"
#include "ui/widgets/AccessibleText.h"

#include <QStyle>

namespace rolelens {
namespace {

QStyle::StandardPixmap iconFor(HiringPlan::Engagement engagement)
{
    switch (engagement) {
    case HiringPlan::Engagement::Hire:
        return QStyle::SP_DialogApplyButton;
    case HiringPlan::Engagement::Campaign:
        return QStyle::SP_ArrowUp; // a boost; the media icons are black on a dark palette
    case HiringPlan::Engagement::ContractOut:
        break;
    }
    return QStyle::SP_ArrowRight;
}

} // namespace

PlanTree::PlanTree(const Catalog &catalog, QWidget *parent)
    : WrappingTreeWidget(parent), m_catalog(catalog)
{
    setObjectName(QStringLiteral("planTree"));
    AccessibleText::follow(
        this, [] { return tr("Hiring plan"); },
        [] {
            return tr("Who does what you listed: the role to hire, and the work that belongs "
                      "to other roles or to no role, each with its reasons and sources.");
        });
    showOneWrappedColumn();
}

void PlanTree::setAdvice(const Advice &advice)
{
    clear();
    const HiringPlan &plan = advice.plan;
    if (plan.isEmpty() && plan.uncoveredGoals.isEmpty() && plan.uncoveredTasks.isEmpty()) {
        auto *none = new QTreeWidgetItem(
            this, {tr("Tick what you want from the hire, or what the hire will do.")});
        none->setFlags(Qt::ItemIsEnabled);
        return;
    }
    CitationIndex citations;
    for (const auto &assignment : plan.assignments) {
        const QString label = HiringPlan::engagementLabel(assignment.engagement);
        // The first line is the plan in brief; the reasons and sources open below it.
        auto *item = new QTreeWidgetItem(
            this,
            {Punctuation::labelled(label, QStringLiteral("%1 — %2").arg(
                                              m_catalog.roleTitle(assignment.roleId),
                                              Punctuation::semicolons(m_catalog.goalAndTaskLabels(
                                                  assignment.goals, assignment.tasks))))});
        item->setIcon(0, style()->standardIcon(iconFor(assignment.engagement)));
        item->setData(0, IdRole, assignment.roleId);
        item->setData(0, EngagementRole, HiringPlan::engagementKey(assignment.engagement));
        if (assignment.engagement == HiringPlan::Engagement::Hire) {
            QFont font = item->font(0);
            font.setBold(true);
            item->setFont(0, font);
        }
        for (const auto &reason : assignment.reasons) {
            new QTreeWidgetItem(item, {reason});
        }
        // Closed, so that the whole plan shows at a glance; the numbers lead to them.
        SourceItems::add(item, assignment.sources, m_catalog, citations,
                         SourceItems::Branch::Closed);
    }
    if (!plan.uncoveredGoals.isEmpty() || !plan.uncoveredTasks.isEmpty()) {
        auto *uncovered =
            new QTreeWidgetItem(this, {tr("No role in the catalog covers: %1.")
                                           .arg(Punctuation::semicolons(m_catalog.goalAndTaskLabels(
                                               plan.uncoveredGoals, plan.uncoveredTasks)))});
        uncovered->setFlags(Qt::ItemIsEnabled);
        uncovered->setIcon(0, style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }
}

} // namespace rolelens
