#include "support/GeneratedCatalog.h"

#include "scenario/ScenarioFile.h"
#include "support/CatalogGenerator.h"

#include <gtest/gtest.h>

namespace rolelens::testing {

const Catalog &generatedCatalog()
{
    static const Catalog catalog = [] {
        auto result = bench::loadWithBuiltIn(bench::generateCatalogFiles(1000, 7));
        if (!result.ok()) {
            ADD_FAILURE() << qPrintable(result.errors().first().toString());
            return Catalog();
        }
        return std::move(result).value();
    }();
    return catalog;
}

QList<Scenario> scenarioVariants(const Catalog &catalog)
{
    QList<Scenario> scenarios;
    for (const auto &path : ScenarioFile::examples()) {
        const Result<Scenario> loaded = ScenarioFile::load(path, catalog);
        if (!loaded.ok()) {
            ADD_FAILURE() << qPrintable(path);
            continue;
        }
        const Scenario &scenario = loaded.value();
        scenarios.append(scenario);
        Scenario bestFit = scenario;
        bestFit.considering.clear();
        scenarios.append(bestFit);
        Scenario goalsOnly = scenario;
        goalsOnly.tasks.clear();
        scenarios.append(goalsOnly);
        Scenario tasksOnly = scenario;
        tasksOnly.goals.clear();
        scenarios.append(tasksOnly);
    }
    Scenario everything;
    for (const auto &goal : catalog.goals()) {
        everything.goals.append(goal.id);
    }
    for (const auto &task : catalog.tasks()) {
        everything.tasks.append(task.id);
    }
    scenarios.append(everything);
    return scenarios;
}

} // namespace rolelens::testing
