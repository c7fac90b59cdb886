#pragma once

#include "advisor/Advice.h"
#include "advisor/HiringPlan.h"
#include "advisor/RoleLookups.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

namespace rolelens {

// Turns the ranking into a plan an owner can act on: the best-fitting role that can be hired
// is the hire; what it does not cover goes, goal by goal and task by task, to the role that
// does it (the task's own handler first, then a role already in the plan, then the best
// ranked), engaged for a campaign or contracted out.
class Planner {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    explicit Planner(const RoleLookups &lookups) : m_lookups(lookups) {}

    HiringPlan plan(const Scenario &scenario, const QList<Advice::Recommendation> &ranking) const;

    // A role engaged for a campaign, never as the hire: it lends its own audience's influence
    // (purpose `audience-influence`) and does not build over the long term.
    static bool isCampaignRole(const Role &role);

private:
    // Where an item the hire does not cover goes: its handler if given and it covers it, else
    // a role already in the plan, else the best ranked; -1 for none.
    qsizetype placeFor(const RoleLookups::Positions &covering, const QString &handlerId,
                       const HiringPlan &plan, const QHash<QString, qsizetype> &rank) const;
    void explainHire(const Scenario &scenario, const Advice::Recommendation &chosen,
                     HiringPlan::Assignment &hire) const;
    void explainCampaign(const HiringPlan::Assignment *hire,
                         HiringPlan::Assignment &campaign) const;
    void explainContractOut(const Scenario &scenario, const HiringPlan::Assignment *hire,
                            HiringPlan::Assignment &contracted) const;

    const RoleLookups &m_lookups;
};

} // namespace rolelens
