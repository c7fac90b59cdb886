#include "support/AdviceAcceptance.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <algorithm>

// The advisor on the built-in catalog for the expectations the articles warn about most: an
// influencer taken for the brand's manager, one person for several roles, a follower count
// expected to skyrocket from nothing. Each test names the article passage it keeps true.
namespace rolelens {
namespace {

using testing::adviceFor;
using testing::builtInCatalog;
using testing::expectComplete;
using testing::manager;

// 000, 001: an influencer creates content for their own audience and engages their own
// followers; posting and replying on the brand's accounts is a manager's work.
TEST(AdvisorAcceptance, AnInfluencerIsNeverCreditedWithTheBrandsPostsOrReplies)
{
    const Catalog &catalog = builtInCatalog();
    const Role &influencer = *catalog.role(QStringLiteral("social-media-influencer"));
    const Advisor advisor(catalog);
    for (const char *task : {"content-creation", "scheduling", "community-replies"}) {
        EXPECT_FALSE(advisor.does(influencer, *catalog.task(QString::fromLatin1(task)))) << task;
    }
    EXPECT_TRUE(advisor.does(influencer, *catalog.task(QStringLiteral("sponsored-posts"))));
    Scenario scenario;
    scenario.considering = QStringLiteral("social-media-influencer");
    scenario.tasks = {QStringLiteral("content-creation"), QStringLiteral("community-replies")};
    QStringList outOfScope;
    for (const auto &finding : adviceFor(scenario).findings) {
        if (finding.id == QStringLiteral("task-out-of-scope")) {
            outOfScope.append(finding.subject);
        }
    }
    EXPECT_EQ(outOfScope, (QStringList{QStringLiteral("content-creation"),
                                       QStringLiteral("community-replies")}));
}

// 003: "some companies are looking for a professional who meets both profiles, that is, they
// are looking for a 2 × 1 and offer lower than acceptable salary" — at any size.
// 002: "particularly in smaller businesses, one individual may handle both" (manager and
// marketer) — a note for a small business only.
TEST(AdvisorAcceptance, EachPairOfRolesForOneHireGetsWhatItsOwnArticleSays)
{
    // Cites the passage of that article on one person filling both roles.
    const auto cites = [](const Advice::Finding &finding, const char *source) {
        return std::any_of(finding.sources.cbegin(), finding.sources.cend(),
                           [&](const Citation &c) {
                               return c.sourceId == QLatin1String(source) &&
                                      (c.quote.contains(QStringLiteral("2 × 1")) ||
                                       c.quote.contains(QStringLiteral("may handle both")));
                           });
    };
    Scenario scenario = manager();
    scenario.oneHireCovers = {QStringLiteral("social-media-manager"),
                              QStringLiteral("community-manager")};
    for (const auto size : {Scenario::BusinessSize::Solo, Scenario::BusinessSize::Small,
                            Scenario::BusinessSize::Medium}) {
        scenario.size = size;
        const Advice advice = adviceFor(scenario);
        const Advice::Finding *finding = advice.finding(QStringLiteral("two-roles-one-hire"));
        ASSERT_NE(finding, nullptr);
        expectComplete(*finding);
        EXPECT_EQ(finding->severity, Advice::Severity::Warning);
        EXPECT_TRUE(finding->explanation.contains(QStringLiteral("some companies")));
        EXPECT_FALSE(finding->explanation.contains(QStringLiteral("may handle both")));
        EXPECT_TRUE(cites(*finding, "article-smm-not-cm"));
        EXPECT_FALSE(cites(*finding, "article-manager-vs-marketer"));
    }

    scenario.oneHireCovers = {QStringLiteral("social-media-manager"),
                              QStringLiteral("social-media-marketer")};
    scenario.size = Scenario::BusinessSize::Small;
    Advice advice = adviceFor(scenario);
    const Advice::Finding *note = advice.finding(QStringLiteral("two-roles-one-hire"));
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->severity, Advice::Severity::Info);
    EXPECT_TRUE(note->explanation.contains(QStringLiteral("often separate")));
    EXPECT_TRUE(cites(*note, "article-manager-vs-marketer"));
    EXPECT_FALSE(cites(*note, "article-smm-not-cm"));
    scenario.size = Scenario::BusinessSize::Large;
    advice = adviceFor(scenario);
    EXPECT_EQ(advice.finding(QStringLiteral("two-roles-one-hire"))->severity,
              Advice::Severity::Warning);
}

// The issue's own case: one person for the manager's, the website's and the support work, at
// a monthly salary of 800.
TEST(AdvisorAcceptance, ThreeRolesForOneSalaryAreWarnedWithWhatIsLeftPerRole)
{
    Scenario scenario = manager();
    scenario.size = Scenario::BusinessSize::Solo;
    scenario.oneHireCovers = {QStringLiteral("social-media-manager"),
                              QStringLiteral("website-manager"),
                              QStringLiteral("customer-service-specialist")};
    scenario.budget = Scenario::Budget{QStringLiteral("EUR"), 800.0, std::nullopt};
    const Advice advice = adviceFor(scenario);
    const Advice::Finding *finding = advice.finding(QStringLiteral("two-roles-one-hire"));
    ASSERT_NE(finding, nullptr);
    expectComplete(*finding);
    EXPECT_EQ(finding->severity, Advice::Severity::Warning);
    EXPECT_TRUE(
        finding->message.startsWith(QStringLiteral("One hire is expected to fill 3 roles")));
    EXPECT_FALSE(finding->message.contains(QStringLiteral("both")));
    EXPECT_TRUE(finding->explanation.contains(QStringLiteral("(general practice)")));
    EXPECT_TRUE(finding->suggestion.contains(
        QStringLiteral("EUR 800, comes to EUR 266.67 for each of the 3 roles")));
}

// 000: businesses "hire social media managers with the unrealistic expectation that their
// follower count will skyrocket overnight" — a brand-new account most of all.
TEST(AdvisorAcceptance, GrowthFromZeroFollowersIsWarnedWithoutAPercentageOfZero)
{
    Scenario scenario = manager();
    scenario.followers = Scenario::Followers{0, 50000, 4};
    const Advice advice = adviceFor(scenario);
    const Advice::Finding *finding = advice.finding(QStringLiteral("follower-growth-unrealistic"));
    ASSERT_NE(finding, nullptr);
    expectComplete(*finding);
    EXPECT_EQ(finding->severity, Advice::Severity::Warning);
    EXPECT_TRUE(finding->message.startsWith(QStringLiteral("Going from no followers to 50,000")));
    bool citesTheArticle = false;
    for (const auto &citation : finding->sources) {
        citesTheArticle = citesTheArticle ||
                          citation.sourceId == QStringLiteral("article-influencers-vs-managers");
    }
    EXPECT_TRUE(citesTheArticle);
}

} // namespace
} // namespace rolelens
