#pragma once

#include "advisor/Advice.h"
#include "advisor/RoleLookups.h"
#include "advisor/rules/RuleContext.h"
#include "support/BuiltInCatalog.h"

#include <QList>

#include <initializer_list>
#include <ostream>
#include <type_traits>

namespace rolelens {

// Readable failure messages for a finding's sources.
inline void PrintTo(const Citation &citation, std::ostream *out)
{
    *out << citation.sourceId.toStdString();
    if (!citation.quote.isEmpty()) {
        *out << " \"" << citation.quote.toStdString() << '"';
    }
}

namespace testing {

// What one finding rule raises for a scenario on this catalog, run alone: a rule that judges
// a role judges the one the scenario considers. A failure here points at the rule, not at the
// advisor that puts the rules together.
template <typename Rule>
QList<Advice::Finding> findingsOf(const Catalog &catalog, const Scenario &scenario)
{
    const RoleLookups lookups(catalog, nullptr);
    const RuleContext context{catalog, lookups, scenario};
    QList<Advice::Finding> findings;
    if constexpr (std::is_invocable_v<decltype(&Rule::check), const RuleContext &,
                                      QList<Advice::Finding> &>) {
        Rule::check(context, findings);
    } else {
        const Role *role = catalog.role(scenario.considering);
        if (!role) {
            ADD_FAILURE() << "no role " << scenario.considering.toStdString();
            return findings;
        }
        Rule::check(context, *role, findings);
    }
    return findings;
}

// The same on the built-in catalog, for the articles' own cases.
template <typename Rule> QList<Advice::Finding> findingsOf(const Scenario &scenario)
{
    return findingsOf<Rule>(builtInCatalog(), scenario);
}

// A scenario that considers the role with this id, and asks nothing yet.
inline Scenario considering(const QString &roleId)
{
    Scenario scenario;
    scenario.considering = roleId;
    return scenario;
}

// What the role's entry cites for the responsibilities that make up the task.
inline Citations doerSources(const QString &roleId, const QString &taskId)
{
    const Catalog &catalog = builtInCatalog();
    Citations sources;
    for (const auto &item : catalog.role(roleId)->responsibilities) {
        if (catalog.task(taskId)->responsibilities.contains(item.id)) {
            sources += item.sources;
        }
    }
    return sources;
}

// The role's first exclusion that hands the work to `handledBy`, or none.
inline const Exclusion *exclusionOf(const QString &roleId, const QString &handledBy)
{
    for (const auto &exclusion : builtInCatalog().role(roleId)->notResponsibleFor) {
        if (exclusion.handledBy == handledBy) {
            return &exclusion;
        }
    }
    return nullptr;
}

// The citations a finding should carry, from the catalog: these lists in this order, each
// citation once.
inline Citations citedOnce(std::initializer_list<Citations> lists)
{
    Citations all;
    for (const Citations &list : lists) {
        for (const Citation &citation : list) {
            if (!all.contains(citation)) {
                all.append(citation);
            }
        }
    }
    return all;
}

} // namespace testing
} // namespace rolelens
