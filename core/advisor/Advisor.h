#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "model/GrowthAssumption.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <stop_token>
#include <string_view>
#include <utility>
#include <vector>

namespace rolelens {

// Turns a scenario into advice, deterministically, from the catalog alone: recommendations
// ranked by fit, findings with their sources, and realistic targets. It remembers which roles
// serve what between calls: the catalog must outlive the advisor and not change meanwhile.
// Copies share what it has worked out. Safe to call from several threads at once.
class Advisor {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    // Months in which the realistic ranges are given.
    static constexpr int kHorizons[] = {3, 6, 12};
    // A goal-out-of-scope suggestion names this many of the roles the goal belongs to, and
    // counts the rest.
    static constexpr qsizetype kMaxNamedRoles = 3;

    struct Cache;
    // What an advisor has worked out about its catalog's roles (positions and texts): good for
    // any advisor of the same catalog or of a copy of it, on any thread.
    using Memory = std::shared_ptr<Cache>;

    explicit Advisor(const Catalog &catalog);
    // Starts with what another advisor of the same roles worked out (a null memory: nothing).
    Advisor(const Catalog &catalog, Memory memory);
    Memory memory() const { return m_cache; }

    Advice advise(const Scenario &scenario) const;

    // Works out now, for every goal, task and metric of the catalog, what advise() would
    // otherwise work out when it first needs it: for a worker thread, so that the first advice
    // on the GUI thread at 20,000 roles is as quick as the next. Returns early when stopped.
    void prepare(std::stop_token stop = {}) const;
    // How many of those lookups are worked out already.
    qsizetype rememberedLookups() const;

    bool serves(const Role &role, const Goal &goal) const;
    bool does(const Role &role, const Task &task) const;
    // A goal about timing ("right away", "over months") that the role works against.
    static bool horizonMismatch(const Role &role, const Goal &goal);
    // The growth assumption in force for a role: the owner's figures if the scenario gives
    // them, else the catalog's; nothing when the catalog has none for the role.
    static std::optional<GrowthAssumption> growthFor(const Role &role, const Scenario &scenario);
    static double weeksToMonths(double weeks);

private:
    using Positions = std::vector<qsizetype>; // of roles in the catalog, in catalog order
    using PrimaryUses = std::vector<std::pair<qsizetype, int>>; // position, weight
    // The roles that serve a goal, by title in lower case, and their citations for it.
    struct Servers {
        QStringList titles;
        Citations sources;
    };

    template <typename Predicate> Positions rolesWhere(Predicate predicate) const;
    // Remembered: the roles that serve a goal, the roles that do a task, every primary use
    // of a metric, each role's sum of primary weights, and what serving roles are called.
    std::shared_ptr<const Positions> servingRoles(const Goal &goal) const;
    std::shared_ptr<const Positions> doingRoles(const Task &task) const;
    std::shared_ptr<const PrimaryUses> primaryUses(const QString &metricId) const;
    std::shared_ptr<const Servers> servers(const Goal &goal) const;
    std::shared_ptr<const std::vector<int>> primaryWeights() const;

    QList<Advice::Recommendation> recommend(const Scenario &scenario) const;
    // A recommendation's lists and coverage reasons from its flags (one per goal, then one
    // per task, as the scenario lists them); no role, fit or focus reason yet.
    Advice::Recommendation describe(const Scenario &scenario, std::string_view flags) const;
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
    std::shared_ptr<Cache> m_cache;
};

} // namespace rolelens
