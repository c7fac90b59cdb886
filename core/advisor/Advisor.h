#pragma once

#include "advisor/Advice.h"
#include "advisor/RoleLookups.h"
#include "advisor/Targets.h"
#include "advisor/rules/GoalScopeRule.h"
#include "catalog/Catalog.h"
#include "model/GrowthAssumption.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

#include <optional>
#include <stop_token>

namespace rolelens {

// Turns a scenario into advice, deterministically, from the catalog alone: a hiring plan,
// recommendations ranked by fit, findings with their sources, and realistic targets. It remembers
// which roles serve what between calls: the catalog must outlive the advisor and not change
// meanwhile. Copies share what it has worked out. Safe to call from several threads at once. The
// ranking, each finding rule and the targets have files of their own; this puts them together in a
// fixed order.
class Advisor {
    // The rules, the ranking and tests translate in this context too: one context for the
    // advice, whichever file builds the sentence.
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    // Months in which the realistic ranges are given.
    static constexpr const auto &kHorizons = Targets::kHorizons;
    // A goal-out-of-scope suggestion names this many of the roles the goal belongs to, and
    // counts the rest.
    static constexpr qsizetype kMaxNamedRoles = GoalScopeRule::kMaxNamedRoles;

    using Cache = RoleLookups::Cache;
    // What an advisor has worked out about its catalog's roles (positions and texts): good for
    // any advisor of the same catalog or of a copy of it, on any thread.
    using Memory = RoleLookups::Memory;

    explicit Advisor(const Catalog &catalog);
    // Starts with what another advisor of the same roles worked out (a null memory: nothing).
    Advisor(const Catalog &catalog, Memory memory);
    Memory memory() const { return m_lookups.memory(); }
    // The catalog's text changed (another language), its roles did not: what was worked out
    // from the text (role titles) is worked out again. Not while another thread advises.
    void forgetLookups() { m_lookups.forget(); }

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
    static double weeksToMonths(double weeks);

private:
    RoleLookups m_lookups;
};

} // namespace rolelens
