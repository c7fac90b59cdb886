#include "advisor/rules/AdBudgetRule.h"

#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;
using testing::citedOnce;
using testing::doerSources;
using testing::findingsOf;

// What the marketer's entry cites for running paid ads, the catalog's one ad task.
Citations paidAdsSources()
{
    const QString task = QStringLiteral("paid-ads");
    return citedOnce({doerSources(builtInCatalog().task(task)->handledBy, task)});
}

TEST(AdBudgetRule, AZeroAdSpendIsNoBudgetAndTheTaskIsCited)
{
    Scenario scenario;
    scenario.tasks = {QStringLiteral("paid-ads")};
    scenario.budget = Scenario::Budget{QStringLiteral("EUR"), 3000.0, 0.0};
    const auto findings = findingsOf<AdBudgetRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    const Advice::Finding &finding = findings.first();
    EXPECT_EQ(finding.id, QStringLiteral("ads-without-budget"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("budget"));
    // The task's label opens the sentence, capitalised.
    EXPECT_TRUE(finding.message.startsWith(QStringLiteral("Running paid ads needs")))
        << finding.message.toStdString();
    ASSERT_FALSE(paidAdsSources().isEmpty());
    EXPECT_EQ(finding.sources, paidAdsSources());
}

TEST(AdBudgetRule, AGoalAloneCitesWhoRunsPaidAdvertising)
{
    Scenario scenario;
    scenario.goals = {QStringLiteral("leads-and-sales"), QStringLiteral("brand-awareness")};
    const auto findings = findingsOf<AdBudgetRule>(scenario);
    ASSERT_EQ(findings.size(), 1);
    EXPECT_TRUE(findings.first().message.startsWith(
        QStringLiteral("Leads and sales from social media needs")))
        << findings.first().message.toStdString();
    EXPECT_EQ(findings.first().sources, paidAdsSources());
}

} // namespace
} // namespace rolelens
