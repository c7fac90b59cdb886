#include "advisor/rules/TaskScopeRule.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

// The task-out-of-scope finding on the built-in catalog, in the articles' own cases: what the
// owner is told when asking a role for work its articles give to another, with their hedges,
// only what concerns the task asked, and both sides where the articles disagree on whose work
// it is.
namespace rolelens {
namespace {

using testing::builtInCatalog;
using testing::citedOnce;
using testing::considering;
using testing::doerSources;
using testing::findingsOf;

const QString kManager = QStringLiteral("social-media-manager");

// The one finding for asking this role for this task.
Advice::Finding askedFor(const QString &roleId, const QString &taskId)
{
    Scenario scenario = considering(roleId);
    scenario.tasks = {taskId};
    const auto findings = findingsOf<TaskScopeRule>(scenario);
    if (findings.size() != 1) {
        ADD_FAILURE() << qPrintable(roleId) << " asked for " << qPrintable(taskId) << ": "
                      << findings.size() << " findings";
        return {};
    }
    return findings.first();
}

// The role's exclusions that name the task.
QList<const Exclusion *> exclusionsAbout(const QString &roleId, const QString &taskId)
{
    QList<const Exclusion *> found;
    for (const auto &exclusion : builtInCatalog().role(roleId)->notResponsibleFor) {
        if (exclusion.taskIds.contains(taskId)) {
            found.append(&exclusion);
        }
    }
    return found;
}

TEST(TaskScopeRuleAcceptance, ExplainsWithTheExclusionAboutTheTaskAndItsQuotes)
{
    const Advice::Finding finding = askedFor(kManager, QStringLiteral("press-releases"));
    EXPECT_EQ(finding.id, QStringLiteral("task-out-of-scope"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("press-releases"));
    const auto exclusions = exclusionsAbout(kManager, QStringLiteral("press-releases"));
    ASSERT_EQ(exclusions.size(), 1);
    // The catalog's reason as a sentence, then the article's own words, hedges and all.
    EXPECT_TRUE(finding.explanation.startsWith(exclusions.first()->task))
        << qPrintable(finding.explanation);
    EXPECT_TRUE(finding.explanation.contains(QStringLiteral(". As one article puts it: “")))
        << qPrintable(finding.explanation);
    for (const auto &citation : exclusions.first()->sources) {
        EXPECT_TRUE(finding.explanation.contains(citation.quote)) << qPrintable(citation.quote);
    }
    EXPECT_EQ(finding.sources, citedOnce({exclusions.first()->sources,
                                          doerSources(QStringLiteral("public-relations-specialist"),
                                                      QStringLiteral("press-releases"))}));
}

// Fix 5 of the audit: 004 hedges every one of these, and so must the advice.
TEST(TaskScopeRuleAcceptance, TheManagersExclusionsKeepTheArticlesHedges)
{
    const QList<std::pair<const char *, QStringList>> hedges{
        {"website-maintenance", {QStringLiteral("not typically"), QStringLiteral("usually")}},
        {"customer-support-tickets",
         {QStringLiteral("not typically"),
          QStringLiteral("might require a different team member")}},
        {"admin", {QStringLiteral("probably not")}},
        {"overall-marketing-plan", {QStringLiteral("isn't always"), QStringLiteral("often")}},
    };
    for (const auto &[task, words] : hedges) {
        const Advice::Finding finding = askedFor(kManager, QLatin1String(task));
        EXPECT_TRUE(finding.message.contains(QStringLiteral("usually not the work of")))
            << qPrintable(finding.message);
        const auto exclusions = exclusionsAbout(kManager, QLatin1String(task));
        ASSERT_EQ(exclusions.size(), 1) << task;
        for (const QString &hedge : words) {
            // In the catalog's own sentence, not only in the quotes after it.
            EXPECT_TRUE(exclusions.first()->task.contains(hedge))
                << task << ": " << qPrintable(exclusions.first()->task);
            EXPECT_TRUE(finding.explanation.contains(hedge)) << task << ": " << qPrintable(hedge);
        }
    }
}

// A community manager asked to report on results hears about results, not about the
// alliances with other brands that its entry also hands to the manager.
TEST(TaskScopeRuleAcceptance, OnlyTheExclusionsAboutTheTaskAreQuoted)
{
    const Advice::Finding reporting =
        askedFor(QStringLiteral("community-manager"), QStringLiteral("analytics-reporting"));
    EXPECT_FALSE(reporting.explanation.contains(QStringLiteral("alliances")))
        << qPrintable(reporting.explanation);
    EXPECT_FALSE(reporting.explanation.contains(QStringLiteral("budget")));
    // What 003 does give the community manager is said too.
    EXPECT_TRUE(reporting.explanation.contains(QStringLiteral("monitoring report")));
    const auto about =
        exclusionsAbout(QStringLiteral("community-manager"), QStringLiteral("analytics-reporting"));
    ASSERT_EQ(about.size(), 1);
    for (const auto &exclusion :
         builtInCatalog().role(QStringLiteral("community-manager"))->notResponsibleFor) {
        if (&exclusion == about.first()) {
            continue;
        }
        for (const auto &citation : exclusion.sources) {
            if (!about.first()->sources.contains(citation)) {
                EXPECT_FALSE(reporting.sources.contains(citation)) << qPrintable(citation.quote);
            }
        }
    }

    // The influencer hands several pieces of work to the manager; the brand's content is one.
    const Advice::Finding content =
        askedFor(QStringLiteral("social-media-influencer"), QStringLiteral("content-creation"));
    EXPECT_TRUE(content.explanation.startsWith(QStringLiteral("Content for the brand's own")))
        << qPrintable(content.explanation);
    EXPECT_FALSE(content.explanation.contains(QStringLiteral("long-term")));
    EXPECT_FALSE(content.explanation.contains(QStringLiteral("Paid campaign")));
    EXPECT_FALSE(content.explanation.contains(QStringLiteral("scheduling")));
}

TEST(TaskScopeRuleAcceptance, WithoutAnExclusionQuotesWhatTheHandlingRoleIsKnownFor)
{
    // The website manager's entry does not mention press releases; 004 gives them to PR.
    const Advice::Finding quoted =
        askedFor(QStringLiteral("website-manager"), QStringLiteral("press-releases"));
    EXPECT_TRUE(quoted.explanation.startsWith(
        QStringLiteral("None of the website manager's responsibilities covers it; one article "
                       "describes it as part of the public relations specialist's work: “")))
        << qPrintable(quoted.explanation);
    EXPECT_EQ(quoted.sources, citedOnce({doerSources(QStringLiteral("public-relations-specialist"),
                                                     QStringLiteral("press-releases"))}));
    // Website upkeep is general practice: nothing to quote, and nothing is.
    const Advice::Finding plain =
        askedFor(QStringLiteral("social-media-marketer"), QStringLiteral("website-maintenance"));
    EXPECT_EQ(plain.explanation,
              QStringLiteral("None of the social media marketer's responsibilities covers it; it "
                             "is part of the website manager's work."));
}

// Scheduling (000 and 004: the manager; 003: the community manager), replies (000, 002, 004:
// the manager; 003: the community manager) and paid ads (000, 001, 004: the manager; 002: the
// marketer) are disputed: no role is told it does not do them with one side only.
TEST(TaskScopeRuleAcceptance, ADisputedTaskShowsBothSidesToEveryRoleAskedForIt)
{
    const Catalog &catalog = builtInCatalog();
    for (const char *id : {"scheduling", "community-replies", "paid-ads"}) {
        const Task *task = catalog.task(QLatin1String(id));
        ASSERT_NE(task, nullptr) << id;
        const Disagreement *dispute = catalog.disagreement(task->disagreement);
        ASSERT_NE(dispute, nullptr) << id << " names no disagreement";
        // Every role of the disagreement does the work: none of them is ever told otherwise.
        for (const auto &roleId : dispute->roleIds) {
            EXPECT_TRUE(RoleLookups::does(*catalog.role(roleId), *task))
                << id << ": " << qPrintable(roleId);
        }
        for (const auto &role : catalog.roles()) {
            if (RoleLookups::does(role, *task)) {
                continue;
            }
            const Advice::Finding finding = askedFor(role.id, task->id);
            EXPECT_TRUE(finding.message.contains(QStringLiteral("the articles disagree")))
                << qPrintable(finding.message);
            EXPECT_FALSE(finding.message.contains(QStringLiteral("gives it to")));
            for (const auto &position : dispute->positions) {
                EXPECT_TRUE(finding.explanation.contains(position.view))
                    << id << " for " << qPrintable(role.id) << ": " << qPrintable(position.view);
                for (const auto &citation : position.sources) {
                    EXPECT_TRUE(finding.sources.contains(citation)) << qPrintable(citation.quote);
                }
            }
            for (const auto &roleId : dispute->roleIds) {
                EXPECT_TRUE(finding.suggestion.contains(catalog.roleTitle(roleId).toLower()))
                    << qPrintable(finding.suggestion);
            }
        }
    }
}

// Fix 15: the replies are the manager's in three articles, so the task names the manager.
TEST(TaskScopeRuleAcceptance, RepliesAreHandledByTheManagerAndTheCommunityManagerDoesThemToo)
{
    const Task *replies = builtInCatalog().task(QStringLiteral("community-replies"));
    EXPECT_EQ(replies->handledBy, kManager);
    EXPECT_TRUE(
        RoleLookups::does(*builtInCatalog().role(QStringLiteral("community-manager")), *replies));
}

} // namespace
} // namespace rolelens
