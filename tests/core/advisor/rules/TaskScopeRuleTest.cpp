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

// A marketer whose entry hands press releases to the publicist, and press tours too, and says
// nothing of the website, which the webmaster looks after. Who posts is disputed between the
// poster and the editor; the marketer's entry hands posting to the poster.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        FixtureCatalog fixture;
        fixture.role(QStringLiteral("marketer"), QStringLiteral("Marketer"))
            .responsibility(QStringLiteral("plan-campaigns"))
            .exclusion(QStringLiteral("Press tours: the publicist might take them on"),
                       QStringLiteral("publicist"))
            .exclusion(QStringLiteral("Press releases: usually the publicist's work"),
                       QStringLiteral("publicist"), {QStringLiteral("releases")});
        fixture.role(QStringLiteral("publicist"), QStringLiteral("Publicist"))
            .responsibility(QStringLiteral("pitch-press"))
            .responsibility(QStringLiteral("write-releases"));
        fixture.role(QStringLiteral("webmaster"), QStringLiteral("Webmaster"))
            .responsibility(QStringLiteral("fix-site"));
        fixture.role(QStringLiteral("poster"), QStringLiteral("Poster"))
            .responsibility(QStringLiteral("post"));
        fixture.role(QStringLiteral("editor"), QStringLiteral("Editor"))
            .responsibility(QStringLiteral("post"));
        fixture.task(QStringLiteral("campaigns"), QStringLiteral("Campaign plans"),
                     {QStringLiteral("plan-campaigns")}, QStringLiteral("marketer"));
        fixture.task(QStringLiteral("releases"), QStringLiteral("Press releases"),
                     {QStringLiteral("write-releases")}, QStringLiteral("publicist"));
        fixture.task(QStringLiteral("site"), QStringLiteral("Website fixes"),
                     {QStringLiteral("fix-site")}, QStringLiteral("webmaster"));
        fixture
            .task(QStringLiteral("posts"), QStringLiteral("Posting"), {QStringLiteral("post")},
                  QStringLiteral("poster"))
            .disagreement = QStringLiteral("who-posts");
        fixture.disagreement(QStringLiteral("who-posts"),
                             {QStringLiteral("poster"), QStringLiteral("editor")},
                             {QStringLiteral("The poster posts."),
                              QStringLiteral("The editor posts, one article says.")});
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
    // Disputed or not, a role that lists the work is never told it does not do it.
    EXPECT_TRUE(findings("editor", {QStringLiteral("posts")}).isEmpty());
}

TEST(TaskScopeRule, ExplainsWithTheExclusionNamingTheTaskThenCitesWhoDoesIt)
{
    const auto found = findings("marketer", {QStringLiteral("releases")});
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.id, QStringLiteral("task-out-of-scope"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("releases"));
    EXPECT_EQ(finding.handledBy, QStringLiteral("publicist"));
    // Hedged as the articles hedge, the reason in the exclusion's words and its quotes; the
    // press tours, another exclusion to the same role, are not about this task.
    EXPECT_EQ(finding.message, QStringLiteral("\"Press releases\" is usually not the work of the "
                                              "marketer; the catalog gives it to the publicist."));
    EXPECT_EQ(finding.explanation,
              QStringLiteral("Press releases: usually the publicist's work. As one article puts "
                             "it: “marketer: not publicist”"));
    EXPECT_FALSE(finding.explanation.contains(QStringLiteral("tours")));
    EXPECT_EQ(finding.suggestion,
              QStringLiteral("Leave it out of this job description; if it must be done, hire or "
                             "contract someone for the publicist's work."));
    // The publicist's responsibility for the task, not the rest of the publicist's work.
    EXPECT_EQ(finding.sources,
              (Citations{quote("marketer: not publicist"), quote("publicist: write-releases")}));
}

TEST(TaskScopeRule, WithoutAnExclusionNamingTheTaskQuotesWhoDoesIt)
{
    // The marketer's exclusions hand other work to someone else: they explain nothing here.
    const auto found = findings("marketer", {QStringLiteral("site")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().explanation,
              QStringLiteral("None of the marketer's responsibilities covers it; one article "
                             "describes it as part of the webmaster's work: “webmaster: "
                             "fix-site”"));
    EXPECT_EQ(found.first().sources, Citations{quote("webmaster: fix-site")});
}

TEST(TaskScopeRule, ADisputedTaskShowsEveryPositionAndTakesNoSide)
{
    const auto found = findings("publicist", {QStringLiteral("posts")});
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.message, QStringLiteral("\"Posting\" is not among the publicist's "
                                              "responsibilities in the catalog, and the articles "
                                              "disagree on whose work it is."));
    EXPECT_EQ(finding.explanation,
              QStringLiteral("The articles disagree on whose work this is. Who-posts? The poster "
                             "posts. The editor posts, one article says."));
    EXPECT_EQ(finding.suggestion,
              QStringLiteral("Leave it out of this job description, or agree in it who does this "
                             "work: the articles give it to the poster or to the editor."));
    EXPECT_EQ(finding.sources, (Citations{quote("The poster posts."),
                                          quote("The editor posts, one article says.")}));
    // The handling role is still named for the data, but the words name every side.
    EXPECT_EQ(finding.handledBy, QStringLiteral("poster"));
}

TEST(TaskScopeRule, ADisputedTaskKeepsTheRolesOwnExclusionBeforeThePositions)
{
    Scenario scenario = considering(QStringLiteral("marketer"));
    scenario.tasks = {QStringLiteral("posts")};
    FixtureCatalog fixture;
    fixture.role(QStringLiteral("marketer"), QStringLiteral("Marketer"))
        .exclusion(QStringLiteral("Posting: the poster's"), QStringLiteral("poster"),
                   {QStringLiteral("posts")});
    fixture.role(QStringLiteral("poster"), QStringLiteral("Poster"))
        .responsibility(QStringLiteral("post"));
    fixture.role(QStringLiteral("editor"), QStringLiteral("Editor"))
        .responsibility(QStringLiteral("post"));
    fixture
        .task(QStringLiteral("posts"), QStringLiteral("Posting"), {QStringLiteral("post")},
              QStringLiteral("poster"))
        .disagreement = QStringLiteral("who-posts");
    fixture.disagreement(QStringLiteral("who-posts"),
                         {QStringLiteral("poster"), QStringLiteral("editor")},
                         {QStringLiteral("The poster."), QStringLiteral("The editor.")});
    const auto found = findingsOf<TaskScopeRule>(fixture.build(), scenario);
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().explanation,
              QStringLiteral("Posting: the poster's. As one article puts it: “marketer: not "
                             "poster” The articles disagree on whose work this is. Who-posts? The "
                             "poster. The editor."));
    EXPECT_EQ(found.first().sources, (Citations{quote("marketer: not poster"), quote("The poster."),
                                                quote("The editor.")}));
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
