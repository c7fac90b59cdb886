#include "advisor/rules/JudgedByFollowersRule.h"

#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;
using testing::considering;
using testing::findingsOf;

TEST(JudgedByFollowersRule, CitesWhatTheRoleIsJudgedBy)
{
    Scenario scenario = considering(QStringLiteral("social-media-manager"));
    scenario.judgeBy = {QStringLiteral("follower-count")};
    const auto findings = findingsOf<JudgedByFollowersRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("judged-by-follower-count"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("follower-count"));
    const DimensionValue &measures =
        builtInCatalog().role(scenario.considering)->dimension(Dimension::SuccessMetrics);
    EXPECT_EQ(finding.explanation, measures.text);
    EXPECT_EQ(finding.sources, measures.sources);
}

TEST(JudgedByFollowersRule, AudienceMeasuresAloneCountAsMainlyFollowers)
{
    // Follower count is not first, but all the owner asks for is audience size.
    Scenario scenario = considering(QStringLiteral("social-media-manager"));
    scenario.judgeBy = {QStringLiteral("audience-growth"), QStringLiteral("follower-count")};
    const auto findings = findingsOf<JudgedByFollowersRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().id, QStringLiteral("judged-by-follower-count"));
    // Audience growth alone, without follower count, is not this finding.
    scenario.judgeBy = {QStringLiteral("audience-growth")};
    EXPECT_TRUE(findingsOf<JudgedByFollowersRule>(scenario).isEmpty());
}

} // namespace
} // namespace rolelens
