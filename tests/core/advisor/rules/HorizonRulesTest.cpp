#include "advisor/rules/HorizonRules.h"

#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;
using testing::citedOnce;
using testing::considering;
using testing::exclusionOf;
using testing::findingsOf;

const Citations &timeHorizonSources(const char *roleId)
{
    return builtInCatalog().role(QLatin1String(roleId))->dimension(Dimension::TimeHorizon).sources;
}

TEST(HorizonRules, RightAwayFromALongTermRoleCitesBothHorizons)
{
    Scenario scenario = considering(QStringLiteral("social-media-manager"));
    scenario.goals = {QStringLiteral("immediate-visibility"), QStringLiteral("brand-awareness")};
    const auto findings = findingsOf<HorizonRules>(scenario);
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("immediate-visibility-needs-influencer"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("immediate-visibility"));
    // The manager's own horizon first, then the influencer's, who serves the goal.
    const Citations &own = timeHorizonSources("social-media-manager");
    const Citations &influencer = timeHorizonSources("social-media-influencer");
    ASSERT_GT(finding.sources.size(), own.size());
    EXPECT_EQ(finding.sources.first(own.size()), own);
    for (const Citation &citation : influencer) {
        EXPECT_TRUE(finding.sources.contains(citation)) << citation.quote.toStdString();
    }
}

TEST(HorizonRules, LongTermGoalsOfACampaignRoleMakeOneFinding)
{
    Scenario scenario = considering(QStringLiteral("social-media-influencer"));
    scenario.goals = {QStringLiteral("long-term-presence"), QStringLiteral("community-engagement")};
    const auto findings = findingsOf<HorizonRules>(scenario);
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("influencer-for-long-term-presence"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("social-media-influencer"));
    // Its horizon, then the first exclusion that names the manager, who builds over the long
    // term.
    const Exclusion *exclusion =
        exclusionOf(scenario.considering, QStringLiteral("social-media-manager"));
    ASSERT_NE(exclusion, nullptr);
    EXPECT_EQ(finding.sources,
              citedOnce({timeHorizonSources("social-media-influencer"), exclusion->sources}));
}

} // namespace
} // namespace rolelens
