#include "advisor/rules/JudgedByFollowersRule.h"

#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::considering;
using testing::findingsOf;
using testing::FixtureCatalog;

// A host judged by five measures, follower count among its secondary ones, and a personality
// judged by followers first of all.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        FixtureCatalog fixture;
        fixture.metric(QStringLiteral("follower-count"), QStringLiteral("Follower count"))
            .metric(QStringLiteral("audience-growth"), QStringLiteral("Audience growth"))
            .metric(QStringLiteral("engagement"), QStringLiteral("Engagement rate"))
            .metric(QStringLiteral("reach"), QStringLiteral("Reach"))
            .metric(QStringLiteral("leads"), QStringLiteral("Leads"))
            .metric(QStringLiteral("sales"), QStringLiteral("Sales"))
            .metric(QStringLiteral("saves"), QStringLiteral("Saves"));
        fixture.role(QStringLiteral("host"), QStringLiteral("Community host"))
            .primary(QStringLiteral("engagement"), 3)
            .primary(QStringLiteral("reach"), 5)
            .primary(QStringLiteral("leads"), 4)
            .secondary(QStringLiteral("follower-count"), 1)
            .primary(QStringLiteral("sales"), 4)
            .primary(QStringLiteral("saves"), 2);
        fixture.role(QStringLiteral("personality"), QStringLiteral("Personality"))
            .primary(QStringLiteral("follower-count"), 5);
        return fixture.build();
    }();
    return catalog;
}

QList<Advice::Finding> findings(const char *roleId, const QStringList &judgeBy)
{
    Scenario scenario = considering(QLatin1String(roleId));
    scenario.judgeBy = judgeBy;
    return findingsOf<JudgedByFollowersRule>(fixture(), scenario);
}

TEST(JudgedByFollowersRule, FollowersFirstIsAWarningNamingTheRolesWeightiestMeasures)
{
    const auto found =
        findings("host", {QStringLiteral("follower-count"), QStringLiteral("engagement")});
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.id, QStringLiteral("judged-by-follower-count"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("follower-count"));
    EXPECT_EQ(finding.message,
              QStringLiteral("The community host would be judged mainly by follower count, "
                             "which is not among the role's primary measures."));
    EXPECT_EQ(
        finding.explanation,
        QStringLiteral("What the sources measure the community host by: host: successMetrics"));
    // Four primary measures, most weight first, equal weights in the role's order.
    EXPECT_EQ(finding.suggestion,
              QStringLiteral("Judge the hire by reach, leads, sales and engagement rate; keep "
                             "follower count as one signal among them."));
    EXPECT_EQ(finding.sources,
              Citations{FixtureCatalog::quote(QStringLiteral("host: successMetrics"))});
}

TEST(JudgedByFollowersRule, AudienceMeasuresAloneCountAsMainlyFollowers)
{
    EXPECT_EQ(
        findings("host", {QStringLiteral("audience-growth"), QStringLiteral("follower-count")})
            .size(),
        1);
    // Follower count among other measures, not first, is one signal among them.
    EXPECT_TRUE(findings("host", {QStringLiteral("engagement"), QStringLiteral("follower-count")})
                    .isEmpty());
    // Audience growth without follower count is not this finding.
    EXPECT_TRUE(findings("host", {QStringLiteral("audience-growth")}).isEmpty());
    EXPECT_TRUE(findings("host", {}).isEmpty());
}

TEST(JudgedByFollowersRule, ARoleJudgedByFollowersIsNotWarned)
{
    EXPECT_TRUE(findings("personality", {QStringLiteral("follower-count")}).isEmpty());
}

} // namespace
} // namespace rolelens
