#include "report/builders/ScorecardDocument.h"

#include "advisor/Targets.h"
#include "report/Figures.h"
#include "report/builders/ComparisonGlance.h"
#include "support/AdviceAcceptance.h"
#include "support/DocumentHeadings.h"
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

// Every note's text, in order.
QList<blocks::Paragraph> notesOf(const Document &document)
{
    QList<blocks::Paragraph> notes;
    for (const auto &block : document.blocks()) {
        if (const auto *note = std::get_if<blocks::Note>(&block)) {
            notes.append(note->text);
        }
    }
    return notes;
}

const QString kOutcomes = QStringLiteral("Outcomes");
const QString kBeyond = QStringLiteral("Beyond the realistic range: ");
constexpr qsizetype kOutcomeColumn = 1;

Document scorecardFor(const Scenario &scenario)
{
    return ScorecardDocument::build(builtInCatalog(), scenario, adviceFor(scenario));
}

// The bakery's advice with its targets repeated to COUNT, or cut to it.
Advice withTargets(qsizetype count)
{
    Advice advice = adviceFor(bakery());
    const QList<Advice::RealisticTarget> targets = advice.realisticTargets;
    advice.realisticTargets.clear();
    for (qsizetype i = 0; i < count; ++i) {
        advice.realisticTargets.append(targets.at(i % targets.size()));
    }
    return advice;
}

TEST(ScorecardDocument, NamesTheRoleAndTheBusinessInTheShapePractitionersUse)
{
    const Scenario scenario = bakery();
    const Document document = scorecardFor(scenario);
    EXPECT_EQ(document.title(), QStringLiteral("Scorecard: Social media manager"));
    const auto *title = std::get_if<blocks::Title>(&document.blocks().first());
    ASSERT_NE(title, nullptr);
    EXPECT_EQ(title->kind, QStringLiteral("Scorecard"));
    EXPECT_EQ(title->subtitles, QStringList{scenario.businessName});
    EXPECT_EQ(headingsOf(document),
              (QStringList{QStringLiteral("Mission"), kOutcomes, QStringLiteral("Competencies")}));
    EXPECT_TRUE(std::holds_alternative<blocks::SourceList>(document.blocks().last()));
}

TEST(ScorecardDocument, MissionIsTheRolesSummaryAndWhatItIsNot)
{
    const Document document = scorecardFor(rolelens::testing::manager());
    const Role &role = *builtInCatalog().role(QStringLiteral("social-media-manager"));
    const auto *summary = firstUnder<blocks::Paragraph>(document, QStringLiteral("Mission"));
    ASSERT_NE(summary, nullptr);
    EXPECT_EQ(*summary, blocks::Paragraph(role.summary, role.summarySources));
    const auto *notList = firstUnder<blocks::BulletList>(document, QStringLiteral("Mission"));
    ASSERT_NE(notList, nullptr);
    ASSERT_EQ(notList->items.size(), role.notResponsibleFor.size());
    for (qsizetype i = 0; i < notList->items.size(); ++i) {
        const Exclusion &exclusion = role.notResponsibleFor.at(i);
        EXPECT_EQ(plainText(notList->items.at(i).text),
                  ComparisonGlance::shortTask(exclusion.task) + QStringLiteral(" → ") +
                      builtInCatalog().roleTitle(exclusion.handledBy));
        EXPECT_EQ(notList->items.at(i).text.sources, exclusion.sources);
    }
}

// The outcomes are the advice's targets, most weighty first, each horizon written by Targets,
// the owner's own target labelled as theirs, and the rating left for the review.
TEST(ScorecardDocument, OutcomesAreTheAdvicesTargetsInOrder)
{
    const Scenario scenario = bakery();
    const Advice advice = adviceFor(scenario);
    const Document document = ScorecardDocument::build(builtInCatalog(), scenario, advice);
    const auto *table = firstUnder<blocks::Table>(document, kOutcomes);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(
        table->headers,
        (QStringList{QStringLiteral("Rank"), QStringLiteral("Outcome"), QStringLiteral("3 months"),
                     QStringLiteral("6 months"), QStringLiteral("12 months"),
                     QStringLiteral("Owner's target"), QStringLiteral("Rating (1-5)")}));
    EXPECT_EQ(table->widths.size(), table->headers.size());
    ASSERT_EQ(table->rows.size(), advice.realisticTargets.size());
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const auto &target = advice.realisticTargets.at(i);
        const QList<blocks::Paragraph> &cells = table->rows.at(i).cells;
        ASSERT_EQ(cells.size(), table->headers.size());
        EXPECT_EQ(plainText(cells.at(0)), Figures::number(static_cast<double>(i + 1)));
        EXPECT_EQ(plainText(cells.at(kOutcomeColumn)),
                  builtInCatalog().metricName(target.metricId));
        EXPECT_EQ(cells.at(kOutcomeColumn).sources, target.sources);
        EXPECT_FALSE(cells.at(kOutcomeColumn).sources.isEmpty());
        qsizetype column = 2;
        for (const int months : Targets::kHorizons) {
            EXPECT_EQ(plainText(cells.at(column++)), Targets::atHorizon(target, months));
        }
        const QString owner = Targets::ownerTarget(target);
        EXPECT_EQ(plainText(cells.at(5)), owner.isEmpty() ? QStringLiteral("not set") : owner);
        EXPECT_TRUE(cells.at(6).isEmpty());
    }
}

TEST(ScorecardDocument, HoldsAtMostEightOutcomesAndSaysHowManyAreLeftOut)
{
    const Advice advice = withTargets(11);
    const Document document = ScorecardDocument::build(builtInCatalog(), bakery(), advice);
    const auto *table = firstUnder<blocks::Table>(document, kOutcomes);
    ASSERT_NE(table, nullptr);
    ASSERT_EQ(table->rows.size(), ScorecardDocument::kMaxOutcomes);
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        EXPECT_EQ(table->rows.at(i).cells.at(kOutcomeColumn).sources,
                  advice.realisticTargets.at(i).sources);
    }
    const QList<blocks::Paragraph> notes = notesOf(document);
    EXPECT_TRUE(std::any_of(notes.cbegin(), notes.cend(), [](const blocks::Paragraph &note) {
        return plainText(note).startsWith(QStringLiteral("Left out: 3 of the role's measures")) &&
               plainText(note).contains(QStringLiteral("at most eight outcomes"));
    }));
}

TEST(ScorecardDocument, SaysWhenTheCatalogGivesFewerThanThreeMeasures)
{
    const QString fewer = QStringLiteral("The catalog gives fewer than three measures");
    const auto mentionsFewer = [&](const Document &document) {
        const QList<blocks::Paragraph> notes = notesOf(document);
        return std::any_of(notes.cbegin(), notes.cend(), [&](const blocks::Paragraph &note) {
            return plainText(note).startsWith(fewer);
        });
    };
    const Document two = ScorecardDocument::build(builtInCatalog(), bakery(), withTargets(2));
    const auto *table = firstUnder<blocks::Table>(two, kOutcomes);
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->rows.size(), 2);
    EXPECT_TRUE(mentionsFewer(two));
    EXPECT_FALSE(
        mentionsFewer(ScorecardDocument::build(builtInCatalog(), bakery(), withTargets(3))));
    EXPECT_TRUE(
        mentionsFewer(ScorecardDocument::build(builtInCatalog(), bakery(), withTargets(0))));
}

// The bakery expects 50,000 followers in 4 weeks: the card says that lies beyond the range,
// in the finding's words and with its sources; with no target of the owner's, nothing is.
TEST(ScorecardDocument, WarnsWhereTheOwnersTargetLiesBeyondTheRealisticRange)
{
    const Scenario scenario = bakery();
    const Advice advice = adviceFor(scenario);
    const Advice::Finding *finding = advice.finding(QStringLiteral("follower-growth-unrealistic"));
    ASSERT_NE(finding, nullptr);
    const QList<blocks::Paragraph> notes =
        notesOf(ScorecardDocument::build(builtInCatalog(), scenario, advice));
    EXPECT_TRUE(notes.contains(blocks::Paragraph(kBeyond + finding->message, finding->sources)));

    const Document roleOnly = scorecardFor(rolelens::testing::manager());
    for (const auto &note : notesOf(roleOnly)) {
        EXPECT_FALSE(plainText(note).startsWith(kBeyond)) << qPrintable(plainText(note));
    }
}

TEST(ScorecardDocument, CompetenciesAreTheRolesSkillsEachToRate)
{
    const Document document = scorecardFor(rolelens::testing::manager());
    const Role &role = *builtInCatalog().role(QStringLiteral("social-media-manager"));
    const auto *table = firstUnder<blocks::Table>(document, QStringLiteral("Competencies"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->headers,
              (QStringList{QStringLiteral("Competency"), QStringLiteral("Rating (1-5)")}));
    ASSERT_EQ(table->rows.size(), role.skills.size());
    for (qsizetype i = 0; i < table->rows.size(); ++i) {
        const Skill &skill = role.skills.at(i);
        const QList<blocks::Paragraph> &cells = table->rows.at(i).cells;
        ASSERT_EQ(cells.size(), 2);
        EXPECT_EQ(plainText(cells.at(0)), skill.name + QStringLiteral(": ") + skill.description);
        EXPECT_EQ(cells.at(0).sources, skill.sources);
        EXPECT_TRUE(cells.at(1).isEmpty());
    }
}

// Every line is a catalog or advice statement with its sources: list items, and each table
// row's statement (a rank is no statement: the outcome next to it is).
TEST(ScorecardDocument, EveryLineCitesItsSources)
{
    for (const Scenario &scenario : {bakery(), rolelens::testing::manager()}) {
        const Document document = scorecardFor(scenario);
        for (const auto &block : document.blocks()) {
            if (const auto *list = std::get_if<blocks::BulletList>(&block)) {
                for (const auto &item : list->items) {
                    EXPECT_FALSE(item.text.sources.isEmpty()) << qPrintable(plainText(item.text));
                }
            } else if (const auto *table = std::get_if<blocks::Table>(&block)) {
                const qsizetype statement =
                    table->headers.first() == QStringLiteral("Rank") ? kOutcomeColumn : 0;
                for (const auto &row : table->rows) {
                    EXPECT_FALSE(row.cells.at(statement).sources.isEmpty())
                        << qPrintable(plainText(row.cells.at(statement)));
                }
            }
        }
    }
}

TEST(ScorecardDocument, WithoutARoleSaysSoAndLeavesTheCardEmpty)
{
    Scenario scenario;
    const Document document = scorecardFor(scenario);
    EXPECT_EQ(document.title(), QStringLiteral("Scorecard"));
    EXPECT_TRUE(headingsOf(document).isEmpty());
}

} // namespace
