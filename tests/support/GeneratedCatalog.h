#pragma once

#include "catalog/Catalog.h"
#include "scenario/Scenario.h"

#include <QList>

namespace rolelens::testing {

// A generated catalog as the benchmarks use it (at 1,000 roles, to stay quick), after the
// built-in files; loaded once for every test that reads it.
const Catalog &generatedCatalog();

// The example scenarios, and each with no role considered (the best fit is judged), with its
// goals only, with its tasks only, and asking for every goal and task in the catalog.
QList<Scenario> scenarioVariants(const Catalog &catalog);

} // namespace rolelens::testing
