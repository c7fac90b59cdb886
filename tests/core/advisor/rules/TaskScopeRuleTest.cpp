#include "advisor/rules/TaskScopeRule.h"

#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::considering;
using testing::findingsOf;
using testing::FixtureCatalog;
using testing::quote;

// A marketer whose entry hands press releases to the publicist and says nothing of the
// website, which the webmaster looks after.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        FixtureCatalog fixture;
        fixture.role(QStringLiteral("marketer"), QStringLiteral("Marketer"))
            .responsibility(QStringLiteral("plan-campaigns"))
            .exclusion(QStringLiteral("Writing press releases"), QStringLiteral("publicist"));
        fixture.role(QStringLiteral("publicist"), QStringLiteral("Publicist"))
            .responsibility(QStringLiteral("pitch-press"))
            .responsibility(QStringLiteral("write-releases"));
        fixture.role(QStringLiteral("webmaster"), QStringLiteral("Webmaster"))
            .responsibility(QStringLiteral("fix-site"));
        fixture.task(QStringLiteral("campaigns"), QStringLiteral("Campaign plans"),
                     {QStringLiteral("plan-campaigns")}, QStringLiteral("marketer"));
        fixture.task(QStringLiteral("releases"), QStringLiteral("Press releases"),
                     {QStringLiteral("write-releases")}, QStringLiteral("publicist"));
        fixture.task(QStringLiteral("site"), QStringLiteral("Website fixes"),
                     {QStringLiteral("fix-site")}, QStringLiteral("webmaster"));
        return fixture.build();
    }();
    return catalog;
}

QList<Advice::Finding> findings(const char *roleId, const QStringList &tasks)
{
    Scenario scenario = considering(QLatin1String(roleId));
    scenario.tasks = tasks;
    return findingsOf<TaskScopeRule>(fixture(), scenario);
}

TEST(TaskScopeRule, WorkTheRoleDoesRaisesNothing)
{
    EXPECT_TRUE(findings("marketer", {QStringLiteral("campaigns")}).isEmpty());
    EXPECT_TRUE(findings("publicist", {QStringLiteral("releases")}).isEmpty());
}

TEST(TaskScopeRule, ExplainsWithTheRolesOwnExclusionThenCitesWhoDoesTheTask)
{
    const auto found = findings("marketer", {QStringLiteral("releases")});
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.id, QStringLiteral("task-out-of-scope"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("releases"));
    EXPECT_EQ(finding.handledBy, QStringLiteral("publicist"));
    // Hedged as the articles hedge, the reason in the exclusion's own quoted words.
    EXPECT_EQ(finding.message, QStringLiteral("\"Press releases\" is usually not the work of the "
                                              "marketer; the catalog gives it to the publicist."));
    EXPECT_EQ(finding.explanation,
              QStringLiteral("In the articles' words: “marketer: not publicist”"));
    EXPECT_EQ(finding.suggestion,
              QStringLiteral("Leave it out of this job description; if it must be done, hire or "
                             "contract someone for the publicist's work."));
    // The publicist's responsibility for the task, not the rest of the publicist's work.
    EXPECT_EQ(finding.sources,
              (Citations{quote("marketer: not publicist"), quote("publicist: write-releases")}));
}

TEST(TaskScopeRule, WithoutAnExclusionSaysWhoseWorkItIs)
{
    // The marketer's one exclusion hands other work to someone else: it explains nothing here.
    const auto found = findings("marketer", {QStringLiteral("site")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().explanation,
              QStringLiteral("None of the marketer's responsibilities covers it; it is part of "
                             "the webmaster's work."));
    EXPECT_EQ(found.first().sources, Citations{quote("webmaster: fix-site")});
}

TEST(TaskScopeRule, EachTaskOutsideTheRoleIsAFindingInTheScenariosOrder)
{
    const auto found = findings("marketer", {QStringLiteral("site"), QStringLiteral("campaigns"),
                                             QStringLiteral("releases")});
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).subject, QStringLiteral("site"));
    EXPECT_EQ(found.at(1).subject, QStringLiteral("releases"));
}

} // namespace
} // namespace rolelens
