#include "advisor/rules/TwoRolesOneHireRule.h"

#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;
using testing::citedOnce;
using testing::findingsOf;

TEST(TwoRolesOneHireRule, CitesBothSidesThenWhatEachRoleIsFor)
{
    Scenario scenario;
    scenario.size = Scenario::BusinessSize::Large;
    scenario.oneHireCovers = {QStringLiteral("social-media-marketer"),
                              QStringLiteral("marketing-strategist"),
                              QStringLiteral("community-manager")};
    const auto findings = findingsOf<TwoRolesOneHireRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("two-roles-one-hire"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject,
              QStringLiteral("social-media-marketer+marketing-strategist+community-manager"));

    const Catalog &catalog = builtInCatalog();
    Citations disagreement;
    for (const auto &entry : catalog.disagreements()) {
        if (entry.id == QLatin1String("one-person-two-roles")) {
            for (const auto &position : entry.positions) {
                disagreement += position.sources;
            }
        }
    }
    ASSERT_FALSE(disagreement.isEmpty());
    const auto purpose = [&](const QString &id) {
        return catalog.role(id)->dimension(Dimension::Purpose).sources;
    };
    EXPECT_EQ(finding.sources, citedOnce({disagreement, purpose(scenario.oneHireCovers.at(0)),
                                          purpose(scenario.oneHireCovers.at(1)),
                                          purpose(scenario.oneHireCovers.at(2))}));
}

TEST(TwoRolesOneHireRule, ASoloOwnerGetsANoteNotAWarning)
{
    Scenario scenario;
    scenario.size = Scenario::BusinessSize::Solo;
    scenario.oneHireCovers = {QStringLiteral("social-media-manager"),
                              QStringLiteral("social-media-influencer")};
    const auto findings = findingsOf<TwoRolesOneHireRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().severity, Advice::Severity::Info);
}

} // namespace
} // namespace rolelens
