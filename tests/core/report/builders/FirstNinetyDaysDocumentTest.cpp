#include "report/builders/FirstNinetyDaysDocument.h"

#include "advisor/RoleLookups.h"
#include "advisor/Targets.h"
#include "report/Figures.h"
#include "support/AdviceAcceptance.h"
#include "support/DocumentHeadings.h"
#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using rolelens::testing::adviceFor;
using rolelens::testing::bakery;
using rolelens::testing::builtInCatalog;
using rolelens::testing::firstUnder;
using rolelens::testing::headingsOf;
using rolelens::testing::plainText;

const QString kMonthOne = QStringLiteral("Month one: set up and measure the baseline");
const QString kDay60 = QStringLiteral("By day 60");
const QString kDay90 = QStringLiteral("By day 90");
const QString kBaseline =
    QStringLiteral(": measure where it stands now; this is the baseline the next reviews "
                   "compare with");

Document planFor(const Scenario &scenario)
{
    return FirstNinetyDaysDocument::build(builtInCatalog(), scenario, adviceFor(scenario));
}

Scenario considering(const QString &roleId)
{
    Scenario scenario;
    scenario.considering = roleId;
    return scenario;
}

TEST(FirstNinetyDaysDocument, NamesTheRoleAndTheBusinessAndGoesMonthByMonth)
{
    const Scenario scenario = bakery();
    const Document document = planFor(scenario);
    EXPECT_EQ(document.title(), QStringLiteral("First 90 days: Social media manager"));
    const auto *title = std::get_if<blocks::Title>(&document.blocks().first());
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->kind, QStringLiteral("First 90 days plan"));
    EXPECT_EQ(title->subtitles, QStringList{scenario.businessName});
    EXPECT_EQ(headingsOf(document), (QStringList{kMonthOne, kDay60, kDay90}));
    EXPECT_TRUE(std::holds_alternative<blocks::SourceList>(document.blocks().last()));
}

// Measuring first is general practice, said once per measure and cited so; no figure of the
// plan's own comes with it.
TEST(FirstNinetyDaysDocument, MonthOneMeasuresTheBaselineOfEveryTarget)
{
    const Scenario scenario = bakery();
    const Advice advice = adviceFor(scenario);
    const Document document = FirstNinetyDaysDocument::build(builtInCatalog(), scenario, advice);
    const auto *list = firstUnder<blocks::BulletList>(document, kMonthOne);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->items.size(), advice.realisticTargets.size());
    const Citations generalPractice = RoleLookups::generalPractice(builtInCatalog());
    ASSERT_FALSE(generalPractice.isEmpty());
    for (qsizetype i = 0; i < list->items.size(); ++i) {
        const auto &target = advice.realisticTargets.at(i);
        EXPECT_EQ(plainText(list->items.at(i).text),
                  builtInCatalog().metricName(target.metricId) + kBaseline);
        EXPECT_EQ(list->items.at(i).text.sources, generalPractice);
    }
}

// The share of full effect at day 60 and 90 is the role's curve at those weeks, with the
// curve's description and sources (the illustrative source among them), for a role that builds
// and for one whose effect fades.
TEST(FirstNinetyDaysDocument, ByDay60And90TheShareIsTheCurvesValueAtThoseWeeks)
{
    for (const QString &roleId :
         {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer")}) {
        const Document document = planFor(considering(roleId));
        const Role &role = *builtInCatalog().role(roleId);
        ASSERT_TRUE(role.expectedResults.has_value());
        const ResultCurve &curve = *role.expectedResults;
        EXPECT_TRUE(
            std::any_of(curve.sources.cbegin(), curve.sources.cend(), [](const Citation &citation) {
                return citation.sourceId == QStringLiteral("illustrative");
            }));
        for (const auto &[heading, days] : {std::pair{kDay60, 60}, std::pair{kDay90, 90}}) {
            const auto *paragraph = firstUnder<blocks::Paragraph>(document, heading);
            ASSERT_NE(paragraph, nullptr);
            EXPECT_EQ(plainText(*paragraph),
                      role.title + QStringLiteral(": about ") +
                          Figures::percent(curve.valueAt(days / 7.0) * 100.0) +
                          QStringLiteral(" of its full effect, by the catalog's illustrative "
                                         "assumption. ") +
                          curve.description());
            EXPECT_EQ(paragraph->sources, curve.sources);
        }
    }
}

TEST(FirstNinetyDaysDocument, ByDay90EachTargetHasItsThreeMonthFigure)
{
    const Scenario scenario = bakery();
    const Advice advice = adviceFor(scenario);
    const Document document = FirstNinetyDaysDocument::build(builtInCatalog(), scenario, advice);
    const auto *list = firstUnder<blocks::BulletList>(document, kDay90);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->items.size(), advice.realisticTargets.size());
    bool ranged = false;
    for (qsizetype i = 0; i < list->items.size(); ++i) {
        const auto &target = advice.realisticTargets.at(i);
        EXPECT_EQ(plainText(list->items.at(i).text), builtInCatalog().metricName(target.metricId) +
                                                         QStringLiteral(": ") +
                                                         Targets::atHorizon(target, 3));
        EXPECT_EQ(list->items.at(i).text.sources, target.sources);
        ranged = ranged || !target.ranges.isEmpty();
    }
    EXPECT_TRUE(ranged); // the bakery gave its followers: that target has a range
    // Nothing for day 60: no target gives a figure for it.
    EXPECT_EQ(firstUnder<blocks::BulletList>(document, kDay60), nullptr);
}

TEST(FirstNinetyDaysDocument, SaysTheFiguresAreAssumptionsNotPromises)
{
    const Document document = planFor(bakery());
    EXPECT_TRUE(std::any_of(
        document.blocks().cbegin(), document.blocks().cend(), [](const blocks::Block &block) {
            const auto *note = std::get_if<blocks::Note>(&block);
            return note && plainText(note->text)
                               .startsWith(QStringLiteral(
                                   "These are assumptions to agree on, not promises"));
        }));
}

TEST(FirstNinetyDaysDocument, EveryLineCitesItsSources)
{
    for (const Scenario &scenario : {bakery(), rolelens::testing::manager(),
                                     considering(QStringLiteral("community-manager"))}) {
        const Document document = planFor(scenario);
        for (const auto &block : document.blocks()) {
            if (const auto *list = std::get_if<blocks::BulletList>(&block)) {
                for (const auto &item : list->items) {
                    EXPECT_FALSE(item.text.sources.isEmpty()) << qPrintable(plainText(item.text));
                }
            }
        }
    }
}

// A role the catalog gives no expected results for: said, and no share of effect made up.
TEST(FirstNinetyDaysDocument, WithoutAnAssumptionSaysTheCatalogGivesNone)
{
    rolelens::testing::FixtureCatalog fixture;
    fixture.metric(QStringLiteral("engagement"), QStringLiteral("Engagement rate"));
    fixture.role(QStringLiteral("host"), QStringLiteral("Community host"))
        .primary(QStringLiteral("engagement"), 3);
    const Catalog catalog = fixture.build();
    ASSERT_FALSE(catalog.role(QStringLiteral("host"))->expectedResults.has_value());
    const Scenario scenario = considering(QStringLiteral("host"));
    const Document document =
        FirstNinetyDaysDocument::build(catalog, scenario, Advisor(catalog).advise(scenario));
    const QString none =
        QStringLiteral("The catalog gives no assumption for when the community host's "
                       "contribution shows.");
    for (const QString &heading : {kDay60, kDay90}) {
        const auto *paragraph = firstUnder<blocks::Paragraph>(document, heading);
        ASSERT_NE(paragraph, nullptr);
        EXPECT_EQ(plainText(*paragraph), none);
    }
    const auto *list = firstUnder<blocks::BulletList>(document, kDay90);
    ASSERT_NE(list, nullptr);
    ASSERT_EQ(list->items.size(), 1);
    EXPECT_FALSE(plainText(list->items.first().text).contains(QLatin1Char('%')));
}

TEST(FirstNinetyDaysDocument, WithoutARoleSaysSo)
{
    const Document document = planFor(Scenario());
    EXPECT_EQ(document.title(), QStringLiteral("First 90 days plan"));
    EXPECT_TRUE(headingsOf(document).isEmpty());
}

} // namespace
