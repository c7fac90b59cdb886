#include "advisor/rules/TwoRolesOneHireRule.h"

#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::findingsOf;
using testing::FixtureCatalog;
using testing::quote;

// Three roles; with `disagreements`, the catalog's question whether one person can fill
// several roles, with one position allowing maker + seller and one warning against maker +
// talker (talker + seller is discussed by nobody), and a disagreement on something else.
Catalog fixture(bool disagreements)
{
    FixtureCatalog fixture;
    fixture.role(QStringLiteral("maker"), QStringLiteral("Content maker"));
    fixture.role(QStringLiteral("talker"), QStringLiteral("Community talker"));
    fixture.role(QStringLiteral("seller"), QStringLiteral("Seller"));
    if (disagreements) {
        fixture.disagreement(
            QStringLiteral("one-person-two-roles"),
            {QStringLiteral("maker"), QStringLiteral("talker"), QStringLiteral("seller")}, {});
        fixture.oneHirePosition(QStringLiteral("one-person-two-roles"),
                                QStringLiteral("Some say maker and seller may be one person."),
                                {QStringLiteral("seller"), QStringLiteral("maker")},
                                QStringLiteral("possible"));
        fixture.oneHirePosition(QStringLiteral("one-person-two-roles"),
                                QStringLiteral("Some warn against one maker-talker."),
                                {QStringLiteral("maker"), QStringLiteral("talker")},
                                QStringLiteral("warned-against"));
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

const Citation kPractice{FixtureCatalog::kPractice, {}};

Scenario oneHireFor(const QStringList &roleIds, Scenario::BusinessSize size)
{
    Scenario scenario;
    scenario.oneHireCovers = roleIds;
    scenario.size = size;
    return scenario;
}

Advice::Finding onlyFinding(const Catalog &catalog, const Scenario &scenario)
{
    const auto findings = findingsOf<TwoRolesOneHireRule>(catalog, scenario);
    EXPECT_EQ(findings.size(), 1);
    return findings.isEmpty() ? Advice::Finding() : findings.first();
}

using Size = Scenario::BusinessSize;
const QList<Size> kEverySize{Size::Unspecified, Size::Solo, Size::Small, Size::Medium, Size::Large};

TEST(TwoRolesOneHireRule, OneRoleForOneHireRaisesNothing)
{
    EXPECT_TRUE(findingsOf<TwoRolesOneHireRule>(withDisagreements(), oneHireFor({}, Size::Large))
                    .isEmpty());
    EXPECT_TRUE(findingsOf<TwoRolesOneHireRule>(withDisagreements(),
                                                oneHireFor({QStringLiteral("maker")}, Size::Solo))
                    .isEmpty());
}

TEST(TwoRolesOneHireRule, APairAnArticleAllowsIsANoteForASmallBusinessOnly)
{
    const QStringList pair{QStringLiteral("maker"), QStringLiteral("seller")};
    for (const Size size : kEverySize) {
        const Advice::Finding finding = onlyFinding(withDisagreements(), oneHireFor(pair, size));
        EXPECT_EQ(finding.id, QStringLiteral("two-roles-one-hire"));
        EXPECT_EQ(finding.subject, QStringLiteral("maker+seller"));
        EXPECT_EQ(finding.message, QStringLiteral("One hire is expected to be both content maker "
                                                  "and seller: the catalog keeps these roles "
                                                  "apart."));
        // The position's own words, hedge included; no other pair's.
        EXPECT_EQ(finding.explanation,
                  QStringLiteral("Some say maker and seller may be one person."));
        // A business that gives no size is not assumed to be small.
        const bool small = size == Size::Solo || size == Size::Small;
        EXPECT_EQ(finding.severity, small ? Advice::Severity::Info : Advice::Severity::Warning)
            << static_cast<int>(size);
        EXPECT_EQ(finding.suggestion,
                  small ? QStringLiteral("If one person does both, budget the hours and pay for "
                                         "both, and judge each role by its own measures.")
                        : QStringLiteral("Hire for the role that matters most now, and hire or "
                                         "contract the other roles' work separately, or leave "
                                         "it out."));
        EXPECT_EQ(finding.sources, (Citations{quote("Some say maker and seller may be one person."),
                                              quote("maker: purpose"), quote("seller: purpose")}));
    }
}

TEST(TwoRolesOneHireRule, APairAnArticleWarnsAgainstIsAWarningAtEverySize)
{
    for (const Size size : kEverySize) {
        const Advice::Finding finding =
            onlyFinding(withDisagreements(),
                        oneHireFor({QStringLiteral("talker"), QStringLiteral("maker")}, size));
        EXPECT_EQ(finding.severity, Advice::Severity::Warning);
        EXPECT_EQ(finding.explanation, QStringLiteral("Some warn against one maker-talker."));
        EXPECT_EQ(finding.sources, (Citations{quote("Some warn against one maker-talker."),
                                              quote("talker: purpose"), quote("maker: purpose")}));
    }
}

TEST(TwoRolesOneHireRule, APairNoArticleDiscussesIsSaidToBeUndiscussedAsGeneralPractice)
{
    const Advice::Finding finding =
        onlyFinding(withDisagreements(),
                    oneHireFor({QStringLiteral("talker"), QStringLiteral("seller")}, Size::Solo));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.explanation,
              QStringLiteral("The articles do not discuss one person doing the work of both the "
                             "community talker and seller; the catalog describes them as separate "
                             "roles (general practice)."));
    EXPECT_EQ(finding.sources,
              (Citations{kPractice, quote("talker: purpose"), quote("seller: purpose")}));
}

TEST(TwoRolesOneHireRule, ThreeRolesAreAWarningWordedForThreeWithTheSalaryPerRole)
{
    Scenario scenario = oneHireFor(
        {QStringLiteral("maker"), QStringLiteral("talker"), QStringLiteral("seller")}, Size::Solo);
    scenario.budget = Scenario::Budget{QStringLiteral("EUR"), 800.0, std::nullopt};
    const Advice::Finding finding = onlyFinding(withDisagreements(), scenario);
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.message,
              QStringLiteral("One hire is expected to fill 3 roles (content maker, community "
                             "talker, seller): the catalog keeps these roles apart."));
    // Each pair once: what is said of two of them, then the one nobody discusses.
    EXPECT_EQ(finding.explanation,
              QStringLiteral("Some warn against one maker-talker. Some say maker and seller may be "
                             "one person. The articles do not discuss one person doing the work "
                             "of both the community talker and seller; the catalog describes "
                             "them as separate roles (general practice)."));
    EXPECT_TRUE(finding.suggestion.endsWith(
        QStringLiteral("The monthly salary you entered, EUR 800, comes to EUR 266.67 for each of "
                       "the 3 roles.")))
        << qPrintable(finding.suggestion);
    // Without a currency, the amounts alone.
    scenario.budget->currency.clear();
    EXPECT_TRUE(onlyFinding(withDisagreements(), scenario)
                    .suggestion.endsWith(QStringLiteral("you entered, 800, comes to 266.67 for "
                                                        "each of the 3 roles.")));
}

TEST(TwoRolesOneHireRule, WithoutTheQuestionEveryPairIsUndiscussed)
{
    const Catalog catalog = fixture(false);
    const Advice::Finding finding = onlyFinding(
        catalog, oneHireFor({QStringLiteral("talker"), QStringLiteral("maker")}, Size::Small));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.sources,
              (Citations{kPractice, quote("talker: purpose"), quote("maker: purpose")}));
}

} // namespace
} // namespace rolelens
