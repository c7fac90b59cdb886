#include "advisor/rules/GoalScopeRule.h"

#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;
using testing::considering;
using testing::findingsOf;

TEST(GoalScopeRule, CitesWhoServesTheGoalThenWhatTheRoleIsFor)
{
    Scenario scenario = considering(QStringLiteral("social-media-manager"));
    scenario.goals = {QStringLiteral("website")};
    const auto findings = findingsOf<GoalScopeRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("goal-out-of-scope"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("website"));
    // The website manager is the role for it: its purpose is cited first.
    const Catalog &catalog = builtInCatalog();
    const Citations &serving =
        catalog.role(QStringLiteral("website-manager"))->dimension(Dimension::Purpose).sources;
    const Citations &purpose =
        catalog.role(QStringLiteral("social-media-manager"))->dimension(Dimension::Purpose).sources;
    ASSERT_GE(finding.sources.size(), serving.size() + purpose.size());
    EXPECT_EQ(finding.sources.first(serving.size()), serving);
    EXPECT_EQ(finding.sources.last(purpose.size()), purpose);
    EXPECT_TRUE(finding.suggestion.contains(QStringLiteral("website manager")));
}

TEST(GoalScopeRule, LeavesTimingToTheHorizonRulesAndServedGoalsAlone)
{
    // The manager builds over months: "right away" is a timing finding, not this one.
    Scenario scenario = considering(QStringLiteral("social-media-manager"));
    scenario.goals = {QStringLiteral("immediate-visibility"), QStringLiteral("brand-awareness")};
    EXPECT_TRUE(findingsOf<GoalScopeRule>(scenario).isEmpty());
}

} // namespace
} // namespace rolelens
