#include "report/builders/ScopeOfWorkDocument.h"

#include "report/builders/RoleSections.h"
#include "support/AdviceAcceptance.h"
#include "support/DocumentHeadings.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using rolelens::testing::builtInCatalog;
using rolelens::testing::plainText;

TEST(ScopeOfWorkDocument, InScopeOutOfScopeWithWhoThenTargetsReviewsAndSignatures)
{
    const Catalog &catalog = builtInCatalog();
    const Scenario scenario = rolelens::testing::bakery();
    const Advice advice = Advisor(catalog).advise(scenario);
    const Document document =
        ScopeOfWorkDocument::build(catalog, scenario, advice, QDate(2026, 3, 1));
    EXPECT_EQ(
        rolelens::testing::headingsOf(document),
        (QStringList{QStringLiteral("In scope"),
                     QStringLiteral("Out of scope, and who does it instead"),
                     QStringLiteral("Judge the hire by"), QStringLiteral("Published benchmarks"),
                     QStringLiteral("Reviews"), QStringLiteral("Agreed")}));
    const Role &role = *catalog.role(advice.judgedRoleId);
    const HiringPlan::Assignment *hire = advice.plan.hire();
    ASSERT_NE(hire, nullptr);
    QString engaged;
    QList<const blocks::BulletList *> lists;
    for (const auto &block : document.blocks()) {
        if (const auto *paragraph = std::get_if<blocks::Paragraph>(&block);
            paragraph && engaged.isEmpty() &&
            plainText(*paragraph).startsWith(QStringLiteral("What the owner engages"))) {
            engaged = plainText(*paragraph);
            EXPECT_EQ(paragraph->sources, hire->sources);
        }
        if (const auto *list = std::get_if<blocks::BulletList>(&block)) {
            lists.append(list);
        }
    }
    // The owner's goals and tasks the plan gives the hire, in the owner's words.
    for (const auto &label : catalog.goalAndTaskLabels(hire->goals, hire->tasks)) {
        EXPECT_TRUE(engaged.contains(label)) << qPrintable(label);
    }
    // Every responsibility of the role, with its sources; then what is out of scope.
    ASSERT_GE(lists.size(), 2);
    ASSERT_EQ(lists.at(0)->items.size(), role.responsibilities.size());
    for (qsizetype i = 0; i < role.responsibilities.size(); ++i) {
        EXPECT_EQ(lists.at(0)->items.at(i).text.sources, role.responsibilities.at(i).sources);
    }
    const blocks::BulletList expectedOut = RoleSections::notPartOf(catalog, role, advice);
    ASSERT_EQ(lists.at(1)->items.size(), expectedOut.items.size());
    for (qsizetype i = 0; i < expectedOut.items.size(); ++i) {
        EXPECT_EQ(lists.at(1)->items.at(i).text, expectedOut.items.at(i).text);
    }
    EXPECT_TRUE(std::holds_alternative<blocks::SourceList>(document.blocks().last()));
}

} // namespace
