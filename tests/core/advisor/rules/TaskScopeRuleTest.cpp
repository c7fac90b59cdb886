#include "advisor/rules/TaskScopeRule.h"

#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::citedOnce;
using testing::considering;
using testing::doerSources;
using testing::exclusionOf;
using testing::findingsOf;

TEST(TaskScopeRule, ExplainsWithTheRolesOwnExclusion)
{
    Scenario scenario = considering(QStringLiteral("social-media-manager"));
    scenario.tasks = {QStringLiteral("press-releases")};
    const auto findings = findingsOf<TaskScopeRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("task-out-of-scope"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("press-releases"));
    const Exclusion *exclusion =
        exclusionOf(scenario.considering, QStringLiteral("public-relations-specialist"));
    ASSERT_NE(exclusion, nullptr);
    EXPECT_EQ(finding.explanation, exclusion->task);
    EXPECT_EQ(finding.sources, citedOnce({exclusion->sources,
                                          doerSources(QStringLiteral("public-relations-specialist"),
                                                      QStringLiteral("press-releases"))}));
}

TEST(TaskScopeRule, WithoutAnExclusionSaysWhoseWorkItIs)
{
    // The website manager's entry does not mention press releases.
    Scenario scenario = considering(QStringLiteral("website-manager"));
    scenario.tasks = {QStringLiteral("press-releases"), QStringLiteral("website-maintenance")};
    const auto findings = findingsOf<TaskScopeRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().explanation,
              QStringLiteral("None of the website manager's responsibilities covers it; it is "
                             "part of the public relations specialist's work."));
    EXPECT_EQ(findings.first().sources,
              citedOnce({doerSources(QStringLiteral("public-relations-specialist"),
                                     QStringLiteral("press-releases"))}));
}

} // namespace
} // namespace rolelens
