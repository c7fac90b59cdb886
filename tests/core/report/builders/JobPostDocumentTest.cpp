#include "report/builders/JobPostDocument.h"

#include "advisor/Targets.h"
#include "report/Figures.h"
#include "report/builders/ComparisonGlance.h"
#include "support/AdviceAcceptance.h"
#include "support/DocumentHeadings.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using rolelens::testing::builtInCatalog;
using rolelens::testing::firstUnder;
using rolelens::testing::plainText;

Document jobPostFor(const Scenario &scenario)
{
    return JobPostDocument::build(builtInCatalog(), scenario,
                                  Advisor(builtInCatalog()).advise(scenario));
}

TEST(JobPostDocument, EveryLineIsACatalogStatementWithItsSources)
{
    Scenario scenario;
    scenario.considering = QStringLiteral("social-media-manager");
    const Document document = jobPostFor(scenario);
    const Role &role = *builtInCatalog().role(scenario.considering);

    const blocks::BulletList *work =
        firstUnder<blocks::BulletList>(document, QStringLiteral("What you will do"));
    ASSERT_NE(work, nullptr);
    ASSERT_EQ(work->items.size(), role.responsibilities.size());
    for (qsizetype i = 0; i < work->items.size(); ++i) {
        const auto &responsibility = role.responsibilities.at(i);
        EXPECT_EQ(plainText(work->items.at(i).text),
                  responsibility.name + QStringLiteral(": ") + responsibility.description);
        EXPECT_EQ(work->items.at(i).text.sources, responsibility.sources);
    }
    const blocks::BulletList *skills =
        firstUnder<blocks::BulletList>(document, QStringLiteral("What you bring"));
    ASSERT_NE(skills, nullptr);
    ASSERT_EQ(skills->items.size(), role.skills.size());
    for (qsizetype i = 0; i < skills->items.size(); ++i) {
        EXPECT_EQ(skills->items.at(i).text.sources, role.skills.at(i).sources);
    }
    // Every list line cites the statement it is.
    for (const auto &block : document.blocks()) {
        if (const auto *list = std::get_if<blocks::BulletList>(&block)) {
            for (const auto &item : list->items) {
                EXPECT_FALSE(item.text.sources.isEmpty()) << qPrintable(plainText(item.text));
            }
        }
    }
}

TEST(JobPostDocument, MeasuresSuccessByTheAdvicesRealisticTargets)
{
    const Scenario scenario = rolelens::testing::bakery();
    const Advice advice = Advisor(builtInCatalog()).advise(scenario);
    const Document document = JobPostDocument::build(builtInCatalog(), scenario, advice);
    const blocks::BulletList *measures =
        firstUnder<blocks::BulletList>(document, QStringLiteral("How success will be measured"));
    ASSERT_NE(measures, nullptr);
    ASSERT_EQ(measures->items.size(), advice.realisticTargets.size());
    for (qsizetype i = 0; i < measures->items.size(); ++i) {
        const auto &target = advice.realisticTargets.at(i);
        const QString line = plainText(measures->items.at(i).text);
        EXPECT_TRUE(line.startsWith(builtInCatalog().metricName(target.metricId)));
        for (const int months : Targets::kHorizons) {
            EXPECT_TRUE(line.contains(Targets::atHorizon(target, months))) << qPrintable(line);
        }
        EXPECT_EQ(measures->items.at(i).text.sources, target.sources);
    }
}

// What the role does not do, with who does it; and the owner's own tasks the plan gives to
// another role are said to be not part of it, never piled onto it.
TEST(JobPostDocument, SaysWhatIsNotPartOfTheRoleAndWhoDoesIt)
{
    const Scenario scenario = rolelens::testing::bakery();
    const Advice advice = Advisor(builtInCatalog()).advise(scenario);
    const Document document = JobPostDocument::build(builtInCatalog(), scenario, advice);
    const Role &role = *builtInCatalog().role(advice.judgedRoleId);
    const blocks::BulletList *notPart =
        firstUnder<blocks::BulletList>(document, QStringLiteral("Not part of this role"));
    ASSERT_NE(notPart, nullptr);
    QStringList lines;
    for (const auto &item : notPart->items) {
        lines.append(plainText(item.text));
    }
    for (const auto &exclusion : role.notResponsibleFor) {
        EXPECT_TRUE(lines.contains(ComparisonGlance::shortTask(exclusion.task) +
                                   QStringLiteral(" → ") +
                                   builtInCatalog().roleTitle(exclusion.handledBy)))
            << qPrintable(exclusion.task);
    }
    QStringList elsewhere;
    for (const auto &assignment : advice.plan.assignments) {
        if (assignment.roleId != role.id) {
            for (const auto &taskId : assignment.tasks) {
                elsewhere.append(builtInCatalog().task(taskId)->label);
            }
        }
    }
    ASSERT_FALSE(elsewhere.isEmpty()); // the bakery wants the website and support done too
    const blocks::BulletList *work =
        firstUnder<blocks::BulletList>(document, QStringLiteral("What you will do"));
    ASSERT_NE(work, nullptr);
    for (const auto &label : elsewhere) {
        EXPECT_TRUE(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &line) {
            return line.startsWith(label);
        })) << qPrintable(label);
        for (const auto &item : work->items) {
            EXPECT_FALSE(plainText(item.text).contains(label)) << qPrintable(label);
        }
    }
}

// Kept at the owner's explicit request, another role's task is in the post, marked as such,
// and no longer among what is not part of the role; the others stay out.
TEST(JobPostDocument, KeepsAnotherRolesTaskOnlyAtTheOwnersRequestAndMarksIt)
{
    Scenario scenario = rolelens::testing::bakery();
    scenario.jobPostKeeps = {QStringLiteral("website-maintenance")};
    const Document document = jobPostFor(scenario);
    const QString label = builtInCatalog().task(QStringLiteral("website-maintenance"))->label;
    const auto *kept = firstUnder<blocks::BulletList>(
        document, QStringLiteral("Also asked of this hire, though not the role's work"));
    ASSERT_NE(kept, nullptr);
    ASSERT_EQ(kept->items.size(), 1);
    EXPECT_TRUE(plainText(kept->items.first().text).startsWith(label));
    EXPECT_TRUE(plainText(kept->items.first().text).contains(QStringLiteral("owner's request")));
    const auto *notPart =
        firstUnder<blocks::BulletList>(document, QStringLiteral("Not part of this role"));
    ASSERT_NE(notPart, nullptr);
    bool supportStillOut = false;
    for (const auto &item : notPart->items) {
        EXPECT_FALSE(plainText(item.text).startsWith(label));
        supportStillOut = supportStillOut ||
                          plainText(item.text).startsWith(QStringLiteral("Answering customer"));
    }
    EXPECT_TRUE(supportStillOut);
    // Without the request there is no such section.
    EXPECT_EQ(firstUnder<blocks::BulletList>(
                  jobPostFor(rolelens::testing::bakery()),
                  QStringLiteral("Also asked of this hire, though not the role's work")),
              nullptr);
}

} // namespace
