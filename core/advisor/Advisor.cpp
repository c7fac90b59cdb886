#include "advisor/Advisor.h"

#include "advisor/Planner.h"
#include "advisor/Ranking.h"
#include "advisor/rules/AdBudgetRule.h"
#include "advisor/rules/FollowerGrowthRule.h"
#include "advisor/rules/HorizonRules.h"
#include "advisor/rules/JudgedByFollowersRule.h"
#include "advisor/rules/RuleContext.h"
#include "advisor/rules/TaskScopeRule.h"
#include "advisor/rules/TwoRolesOneHireRule.h"

#include <algorithm>
#include <utility>

namespace rolelens {

Advisor::Advisor(const Catalog &catalog) : m_lookups(catalog, nullptr) {}

Advisor::Advisor(const Catalog &catalog, Memory memory) : m_lookups(catalog, std::move(memory)) {}

Advice Advisor::advise(const Scenario &scenario) const
{
    const Catalog &catalog = m_lookups.catalog();
    Advice advice;
    advice.recommendations = Ranking(m_lookups).recommend(scenario);
    advice.plan = Planner(m_lookups).plan(scenario, advice.recommendations);
    advice.judgedRoleId = scenario.considering;
    if (advice.judgedRoleId.isEmpty()) {
        if (const HiringPlan::Assignment *hire = advice.plan.hire()) {
            advice.judgedRoleId = hire->roleId;
        } else if (!advice.recommendations.isEmpty()) {
            advice.judgedRoleId = advice.recommendations.first().roleId;
        }
    }
    const Role *role = catalog.role(advice.judgedRoleId);
    const RuleContext context{catalog, m_lookups, scenario};
    // The findings come out in this order within each severity: it is part of the output.
    if (role) {
        FollowerGrowthRule::check(context, *role, advice.findings);
        JudgedByFollowersRule::check(context, *role, advice.findings);
        HorizonRules::check(context, *role, advice.findings);
        GoalScopeRule::check(context, *role, advice.findings);
        TaskScopeRule::check(context, *role, advice.findings);
    }
    TwoRolesOneHireRule::check(context, advice.findings);
    AdBudgetRule::check(context, advice.findings);
    // Most serious first; equal severities keep the order they were found in.
    std::stable_sort(
        advice.findings.begin(), advice.findings.end(),
        [](const Advice::Finding &a, const Advice::Finding &b) { return a.severity > b.severity; });
    if (role) {
        Targets::add(catalog, scenario, *role, advice.realisticTargets);
    }
    return advice;
}

void Advisor::prepare(std::stop_token stop) const
{
    m_lookups.prepare(std::move(stop));
}

qsizetype Advisor::rememberedLookups() const
{
    return m_lookups.rememberedLookups();
}

bool Advisor::serves(const Role &role, const Goal &goal) const
{
    return RoleLookups::serves(role, goal);
}

bool Advisor::does(const Role &role, const Task &task) const
{
    return RoleLookups::does(role, task);
}

bool Advisor::horizonMismatch(const Role &role, const Goal &goal)
{
    return RoleLookups::horizonMismatch(role, goal);
}

double Advisor::weeksToMonths(double weeks)
{
    return RoleLookups::weeksToMonths(weeks);
}

} // namespace rolelens
