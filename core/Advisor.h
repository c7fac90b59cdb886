#pragma once

#include "Advice.h"
#include "Catalog.h"
#include "GrowthAssumption.h"
#include "Scenario.h"

#include <QCoreApplication>

#include <optional>

namespace rolelens {

// Turns a scenario into advice, deterministically, from the catalog alone: recommendations
// ranked by fit, findings with their sources, and realistic targets.
class Advisor {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    // Months in which the realistic ranges are given.
    static constexpr int kHorizons[] = {3, 6, 12};

    explicit Advisor(const Catalog &catalog);

    Advice advise(const Scenario &scenario) const;

    bool serves(const Role &role, const Goal &goal) const;
    bool does(const Role &role, const Task &task) const;
    // A goal about timing ("right away", "over months") that the role works against.
    static bool horizonMismatch(const Role &role, const Goal &goal);
    // The growth assumption in force for a role: the owner's figures if the scenario gives
    // them, else the catalog's; nothing when the catalog has none for the role.
    static std::optional<GrowthAssumption> growthFor(const Role &role, const Scenario &scenario);
    static double weeksToMonths(double weeks);

private:
    QList<Advice::Recommendation> recommend(const Scenario &scenario) const;
    double focus(const Role &role, const QStringList &goalIds) const;
    Citations goalSources(const Role &role, const Goal &goal) const;
    Citations taskSources(const Role &role, const Task &task) const;

    void checkFollowerGrowth(const Scenario &scenario, const Role &role, Advice &advice) const;
    void checkJudgedByFollowers(const Scenario &scenario, const Role &role, Advice &advice) const;
    void checkTwoRolesOneHire(const Scenario &scenario, Advice &advice) const;
    void checkGoalsInScope(const Scenario &scenario, const Role &role, Advice &advice) const;
    void checkTasksInScope(const Scenario &scenario, const Role &role, Advice &advice) const;
    void checkHorizons(const Scenario &scenario, const Role &role, Advice &advice) const;
    void checkAdBudget(const Scenario &scenario, Advice &advice) const;
    void addTargets(const Scenario &scenario, const Role &role, Advice &advice) const;

    const Catalog &m_catalog;
};

} // namespace rolelens
