#include "advisor/Planner.h"

#include "advisor/rules/TaskScopeRule.h"
#include "i18n/InSentence.h"
#include "report/Figures.h"

#include <QHash>

#include <algorithm>

namespace rolelens {
namespace {

using Engagement = HiringPlan::Engagement;

} // namespace

bool Planner::isCampaignRole(const Role &role)
{
    return RoleLookups::hasTag(role, Dimension::Purpose, QStringLiteral("audience-influence")) &&
           !RoleLookups::hasTag(role, Dimension::TimeHorizon, RoleLookups::kLongTerm);
}

HiringPlan Planner::plan(const Scenario &scenario,
                         const QList<Advice::Recommendation> &ranking) const
{
    const Catalog &catalog = m_lookups.catalog();
    HiringPlan plan;
    QHash<QString, qsizetype> rank;
    for (qsizetype i = 0; i < ranking.size(); ++i) {
        rank.insert(ranking.at(i).roleId, i);
    }
    const auto chosen =
        std::find_if(ranking.cbegin(), ranking.cend(), [&](const Advice::Recommendation &item) {
            return !isCampaignRole(*catalog.role(item.roleId));
        });
    if (chosen != ranking.cend()) {
        plan.assignments.append(
            {Engagement::Hire, chosen->roleId, chosen->coveredGoals, chosen->coveredTasks, {}, {}});
    }
    const auto assign = [&](const RoleLookups::Positions &covering, const QString &handlerId,
                            bool goal, const QString &id) {
        const qsizetype position = placeFor(covering, handlerId, plan, rank);
        if (position < 0) {
            (goal ? plan.uncoveredGoals : plan.uncoveredTasks).append(id);
            return;
        }
        const Role &role = catalog.roles().at(position);
        auto it = std::find_if(plan.assignments.begin(), plan.assignments.end(),
                               [&](const auto &entry) { return entry.roleId == role.id; });
        if (it == plan.assignments.end()) {
            plan.assignments.append(
                {isCampaignRole(role) ? Engagement::Campaign : Engagement::ContractOut,
                 role.id,
                 {},
                 {},
                 {},
                 {}});
            it = plan.assignments.end() - 1;
        }
        (goal ? it->goals : it->tasks).append(id);
    };
    const HiringPlan::Assignment *hire = plan.hire();
    const QStringList hiredGoals = hire ? hire->goals : QStringList();
    const QStringList hiredTasks = hire ? hire->tasks : QStringList();
    for (const auto &id : scenario.goals) {
        if (!hiredGoals.contains(id)) {
            assign(*m_lookups.servingRoles(*catalog.goal(id)), QString(), true, id);
        }
    }
    for (const auto &id : scenario.tasks) {
        if (!hiredTasks.contains(id)) {
            const Task &task = *catalog.task(id);
            assign(*m_lookups.doingRoles(task), task.handledBy, false, id);
        }
    }
    // The hire first, then campaigns, then what is contracted out; the order they were
    // needed in within each.
    std::stable_sort(plan.assignments.begin(), plan.assignments.end(),
                     [](const auto &a, const auto &b) { return a.engagement < b.engagement; });
    hire = plan.hire();
    for (auto &assignment : plan.assignments) {
        switch (assignment.engagement) {
        case Engagement::Hire:
            explainHire(scenario, *chosen, assignment);
            break;
        case Engagement::Campaign:
            explainCampaign(hire, assignment);
            break;
        case Engagement::ContractOut:
            explainContractOut(scenario, hire, assignment);
            break;
        }
    }
    return plan;
}

qsizetype Planner::placeFor(const RoleLookups::Positions &covering, const QString &handlerId,
                            const HiringPlan &plan, const QHash<QString, qsizetype> &rank) const
{
    const QList<Role> &roles = m_lookups.catalog().roles();
    qsizetype best = -1;
    // Lower is better: the handler, then roles in the plan, then the ranking's order.
    qsizetype bestKey = 0;
    for (const qsizetype position : covering) {
        const QString &id = roles.at(position).id;
        qsizetype key = rank.value(id, rank.size()) + 2;
        if (id == handlerId) {
            key = 0;
        } else if (std::any_of(plan.assignments.cbegin(), plan.assignments.cend(),
                               [&](const auto &entry) { return entry.roleId == id; })) {
            key = 1;
        }
        if (best < 0 || key < bestKey) {
            best = position;
            bestKey = key;
        }
    }
    return best;
}

void Planner::explainHire(const Scenario &scenario, const Advice::Recommendation &chosen,
                          HiringPlan::Assignment &hire) const
{
    const Catalog &catalog = m_lookups.catalog();
    const Role &role = *catalog.role(hire.roleId);
    const qsizetype asked = scenario.goals.size() + scenario.tasks.size();
    hire.reasons.append(
        tr("The best fit (%1) of the roles you can hire for the long run: it covers %2 of the %3 "
           "goals and tasks you listed.")
            .arg(Figures::fit(chosen.fit))
            .arg(hire.goals.size() + hire.tasks.size())
            .arg(asked));
    const DimensionValue &purpose = role.dimension(Dimension::Purpose);
    hire.reasons.append(tr("What the role is for: %1").arg(purpose.text));
    appendUnique(hire.sources, purpose.sources);
    if (!scenario.considering.isEmpty() && scenario.considering != hire.roleId) {
        hire.reasons.append(tr("You are considering the %1 role; the findings below are about it.")
                                .arg(InSentence::label(catalog.roleTitle(scenario.considering))));
    }
    for (const auto &id : hire.goals) {
        appendUnique(hire.sources, RoleLookups::goalSources(role, *catalog.goal(id)));
    }
    for (const auto &id : hire.tasks) {
        appendUnique(hire.sources, RoleLookups::taskSources(role, *catalog.task(id)));
    }
}

void Planner::explainCampaign(const HiringPlan::Assignment *hire,
                              HiringPlan::Assignment &campaign) const
{
    const Catalog &catalog = m_lookups.catalog();
    const Role &role = *catalog.role(campaign.roleId);
    campaign.reasons.append(tr("Engage a %1 for a campaign, with the audience of their own "
                               "channels; not as the hire.")
                                .arg(InSentence::label(role.title)));
    const DimensionValue &horizon = role.dimension(Dimension::TimeHorizon);
    campaign.reasons.append(horizon.text);
    appendUnique(campaign.sources, horizon.sources);
    // One line for each piece of work, each with its reason and saying whose it is, so that
    // it reads alone in every output: joined, they were a wall; under a heading line, the
    // outputs showed them as siblings of it.
    for (const auto &exclusion : role.notResponsibleFor) {
        if (!hire || exclusion.handledBy == hire->roleId) {
            const QString work = TaskScopeRule::asSentence(exclusion.task);
            campaign.reasons.append(
                hire ? tr("Stays with the %1, not the %2: %3")
                           .arg(InSentence::label(catalog.roleTitle(hire->roleId)),
                                InSentence::label(role.title), work)
                     : tr("Not the %1's work: %2").arg(InSentence::label(role.title), work));
            appendUnique(campaign.sources, exclusion.sources);
        }
    }
    for (const auto &id : campaign.goals) {
        appendUnique(campaign.sources, RoleLookups::goalSources(role, *catalog.goal(id)));
    }
    for (const auto &id : campaign.tasks) {
        appendUnique(campaign.sources, RoleLookups::taskSources(role, *catalog.task(id)));
    }
}

void Planner::explainContractOut(const Scenario &scenario, const HiringPlan::Assignment *hire,
                                 HiringPlan::Assignment &contracted) const
{
    const Catalog &catalog = m_lookups.catalog();
    const Role &role = *catalog.role(contracted.roleId);
    const QString title = InSentence::label(role.title);
    const Role *hired = hire ? catalog.role(hire->roleId) : nullptr;
    for (const auto &id : contracted.goals) {
        const Goal &goal = *catalog.goal(id);
        contracted.reasons.append(
            hired ? tr("The catalog has the %2 serve \"%1\"; the %3 does not.")
                        .arg(goal.label, title, InSentence::label(hired->title))
                  : tr("The catalog has the %2 serve \"%1\".").arg(goal.label, title));
        appendUnique(contracted.sources, RoleLookups::goalSources(role, goal));
    }
    if (!contracted.tasks.isEmpty()) {
        if (hired) {
            // The same words as the hire's task-out-of-scope findings: one reason, one wording,
            // hedges and disputes included.
            Scenario asked = scenario;
            asked.tasks = contracted.tasks;
            QList<Advice::Finding> apart;
            TaskScopeRule::check({catalog, m_lookups, asked}, *hired, apart);
            for (const auto &finding : apart) {
                contracted.reasons.append(finding.message + QLatin1Char(' ') + finding.explanation);
                appendUnique(contracted.sources, finding.sources);
            }
        }
        for (const auto &id : contracted.tasks) {
            appendUnique(contracted.sources, RoleLookups::taskSources(role, *catalog.task(id)));
        }
    }
    contracted.reasons.append(
        tr("Contract the %1's work out, or leave it out of the job.").arg(title));
}

} // namespace rolelens
