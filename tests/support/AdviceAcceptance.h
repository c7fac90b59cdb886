#pragma once

#include "advisor/Advisor.h"
#include "scenario/ScenarioFile.h"
#include "support/BuiltInCatalog.h"

#include <QStringList>

#include <gtest/gtest.h>

// What the advisor's acceptance tests on the built-in catalog share.
namespace rolelens::testing {

inline Advice adviceFor(const Scenario &scenario)
{
    return Advisor(builtInCatalog()).advise(scenario);
}

// The built-in example scenario whose file name contains NAME ("01-corner-bakery").
inline Scenario exampleScenario(const QString &name)
{
    for (const auto &path : ScenarioFile::examples()) {
        if (path.contains(name)) {
            const Result<Scenario> scenario = ScenarioFile::load(path, builtInCatalog());
            EXPECT_TRUE(scenario.ok()) << qPrintable(path);
            return scenario.ok() ? scenario.value() : Scenario();
        }
    }
    ADD_FAILURE() << "no example " << qPrintable(name);
    return {};
}

// The corner bakery expecting followers overnight: the articles' first case.
inline Scenario bakery()
{
    return exampleScenario(QStringLiteral("01-corner-bakery"));
}

inline QStringList findingIds(const Advice &advice)
{
    QStringList ids;
    for (const auto &finding : advice.findings) {
        ids.append(finding.id);
    }
    return ids;
}

inline Scenario manager()
{
    Scenario scenario;
    scenario.considering = QStringLiteral("social-media-manager");
    return scenario;
}

// Every finding must carry its reasons: a message, an explanation, a suggestion and at
// least one source that the catalog knows.
inline void expectComplete(const Advice::Finding &finding)
{
    EXPECT_FALSE(finding.message.isEmpty()) << qPrintable(finding.id);
    EXPECT_FALSE(finding.explanation.isEmpty()) << qPrintable(finding.id);
    EXPECT_FALSE(finding.suggestion.isEmpty()) << qPrintable(finding.id);
    ASSERT_FALSE(finding.sources.isEmpty()) << qPrintable(finding.id);
    for (const auto &citation : finding.sources) {
        EXPECT_NE(builtInCatalog().source(citation.sourceId), nullptr);
    }
}

} // namespace rolelens::testing
