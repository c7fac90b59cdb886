#pragma once

#include "advisor/RoleLookups.h"
#include "catalog/Catalog.h"
#include "scenario/Scenario.h"

namespace rolelens {

// What every finding rule reads: the catalog, the remembered lookups over its roles, and the
// owner's scenario. Gathered so that a rule's signature says only what it adds (the judged
// role, where it has one).
struct RuleContext {
    const Catalog &catalog;
    const RoleLookups &lookups;
    const Scenario &scenario;
};

} // namespace rolelens
