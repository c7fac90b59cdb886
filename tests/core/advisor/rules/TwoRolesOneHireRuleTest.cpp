#include "advisor/rules/TwoRolesOneHireRule.h"

#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::findingsOf;
using testing::FixtureCatalog;

// Three roles; with `disagreements`, the catalog's two sides on one person filling two roles
// and a disagreement on something else.
Catalog fixture(bool disagreements)
{
    FixtureCatalog fixture;
    fixture.role(QStringLiteral("maker"), QStringLiteral("Content maker"));
    fixture.role(QStringLiteral("talker"), QStringLiteral("Community talker"));
    fixture.role(QStringLiteral("seller"), QStringLiteral("Seller"));
    if (disagreements) {
        fixture.disagreement(QStringLiteral("one-person-two-roles"),
                             {QStringLiteral("maker"), QStringLiteral("talker")},
                             {QStringLiteral("One person can do both."),
                              QStringLiteral("Each needs a person of its own.")});
        fixture.disagreement(QStringLiteral("who-owns-crises"), {QStringLiteral("talker")},
                             {QStringLiteral("The talker does."), QStringLiteral("Nobody does.")});
    }
    return fixture.build();
}

const Catalog &withDisagreements()
{
    static const Catalog catalog = fixture(true);
    return catalog;
}

Citation quote(const char *statement)
{
    return FixtureCatalog::quote(QLatin1String(statement));
}

Scenario oneHireFor(const QStringList &roleIds, Scenario::BusinessSize size)
{
    Scenario scenario;
    scenario.oneHireCovers = roleIds;
    scenario.size = size;
    return scenario;
}

const QStringList kThree{QStringLiteral("maker"), QStringLiteral("talker"),
                         QStringLiteral("seller")};

TEST(TwoRolesOneHireRule, OneRoleForOneHireRaisesNothing)
{
    const auto size = Scenario::BusinessSize::Large;
    EXPECT_TRUE(
        findingsOf<TwoRolesOneHireRule>(withDisagreements(), oneHireFor({}, size)).isEmpty());
    EXPECT_TRUE(findingsOf<TwoRolesOneHireRule>(withDisagreements(),
                                                oneHireFor({QStringLiteral("maker")}, size))
                    .isEmpty());
}

TEST(TwoRolesOneHireRule, ALargerBusinessIsWarnedCitingBothSidesThenWhatEachRoleIsFor)
{
    const auto findings = findingsOf<TwoRolesOneHireRule>(
        withDisagreements(), oneHireFor(kThree, Scenario::BusinessSize::Medium));
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("two-roles-one-hire"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("maker+talker+seller"));
    EXPECT_EQ(finding.message,
              QStringLiteral("One hire is expected to be content maker and community talker and "
                             "seller: the catalog keeps these roles apart."));
    EXPECT_EQ(finding.explanation,
              QStringLiteral("In a business of this size the articles expect separate people: "
                             "one article warns that looking for a 2-in-1 professional usually "
                             "comes with a lower than acceptable salary."));
    EXPECT_EQ(finding.suggestion, QStringLiteral("Hire for each role, or pick the one that matters "
                                                 "most now and contract the other."));
    // The other disagreement is not cited.
    EXPECT_EQ(
        finding.sources,
        (Citations{quote("One person can do both."), quote("Each needs a person of its own."),
                   quote("maker: purpose"), quote("talker: purpose"), quote("seller: purpose")}));
}

TEST(TwoRolesOneHireRule, ASoloOrSmallBusinessGetsANoteAnyOtherAWarning)
{
    using Size = Scenario::BusinessSize;
    const QStringList two{QStringLiteral("maker"), QStringLiteral("talker")};
    for (const Size size : {Size::Solo, Size::Small}) {
        const auto findings =
            findingsOf<TwoRolesOneHireRule>(withDisagreements(), oneHireFor(two, size));
        ASSERT_EQ(findings.size(), 1);
        EXPECT_EQ(findings.first().severity, Advice::Severity::Info);
        EXPECT_EQ(findings.first().explanation,
                  QStringLiteral("In a small business one person may do both, the articles say, "
                                 "but each role's work still takes its own time; one article "
                                 "warns that such 2-in-1 jobs often come with a lower than "
                                 "acceptable salary."));
        EXPECT_EQ(findings.first().suggestion,
                  QStringLiteral("If one person does both, budget the hours and pay for both, and "
                                 "judge each role by its own measures."));
    }
    // A business that gives no size is not assumed to be small.
    for (const Size size : {Size::Unspecified, Size::Medium, Size::Large}) {
        const auto findings =
            findingsOf<TwoRolesOneHireRule>(withDisagreements(), oneHireFor(two, size));
        ASSERT_EQ(findings.size(), 1);
        EXPECT_EQ(findings.first().severity, Advice::Severity::Warning);
    }
}

TEST(TwoRolesOneHireRule, WithoutTheDisagreementThePurposesAreCited)
{
    const Catalog catalog = fixture(false);
    const auto findings = findingsOf<TwoRolesOneHireRule>(
        catalog, oneHireFor({QStringLiteral("talker"), QStringLiteral("maker")},
                            Scenario::BusinessSize::Large));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings.first().sources,
              (Citations{quote("talker: purpose"), quote("maker: purpose")}));
}

} // namespace
} // namespace rolelens
