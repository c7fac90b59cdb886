#include "report/builders/AdviceDocument.h"

#include "advisor/Advisor.h"
#include "base/Overloaded.h"
#include "report/Figures.h"
#include "scenario/ScenarioFile.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using rolelens::testing::builtInCatalog;

QString plainText(const blocks::Paragraph &paragraph)
{
    QString text;
    for (const auto &span : paragraph.spans) {
        text += span.text;
    }
    return text;
}

Advice bakeryAdvice()
{
    const auto scenario = ScenarioFile::load(
        QStringLiteral(ROLELENS_SOURCE_DIR
                       "/resources/scenarios/01-corner-bakery-followers-overnight.rolelens.json"),
        builtInCatalog());
    EXPECT_TRUE(scenario.ok());
    return Advisor(builtInCatalog()).advise(scenario.value());
}

TEST(AdviceDocument, EveryFindingHasItsIdExplanationSourcesAndWhatToDo)
{
    const Advice advice = bakeryAdvice();
    ASSERT_FALSE(advice.findings.isEmpty());
    const Document document = AdviceDocument::build(builtInCatalog(), advice);
    const blocks::BulletList *findings = nullptr;
    for (const auto &block : document.blocks()) {
        if (const auto *list = std::get_if<blocks::BulletList>(&block)) {
            findings = list;
        }
    }
    ASSERT_NE(findings, nullptr);
    ASSERT_EQ(findings->items.size(), advice.findings.size());
    for (qsizetype i = 0; i < advice.findings.size(); ++i) {
        const Advice::Finding &finding = advice.findings.at(i);
        const blocks::ListItem &item = findings->items.at(i);
        bool hasId = false;
        for (const auto &span : item.text.spans) {
            hasId = hasId || (span.kind == blocks::Span::Kind::Code && span.text == finding.id);
        }
        EXPECT_TRUE(hasId) << qPrintable(finding.id);
        ASSERT_FALSE(item.details.isEmpty());
        EXPECT_EQ(plainText(item.details.first()), finding.explanation);
        EXPECT_EQ(item.details.first().sources, finding.sources);
        if (!finding.suggestion.isEmpty()) {
            EXPECT_EQ(plainText(item.details.last()),
                      QStringLiteral("What to do: ") + finding.suggestion);
        }
    }
}

// Every measure gets a range or the labelled rule for it: never an empty cell.
TEST(AdviceDocument, RangesAreWrittenByFiguresAndMissingOnesGiveTheRule)
{
    const Advice advice = bakeryAdvice();
    const Document document = AdviceDocument::build(builtInCatalog(), advice);
    const blocks::Table *targets = nullptr;
    bool inTargets = false;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            inTargets = heading->text == QStringLiteral("Judge the hire by");
        }
        if (const auto *table = std::get_if<blocks::Table>(&block); table && inTargets) {
            targets = table;
        }
    }
    ASSERT_NE(targets, nullptr);
    ASSERT_EQ(targets->rows.size(), advice.realisticTargets.size());
    for (qsizetype i = 0; i < advice.realisticTargets.size(); ++i) {
        const auto &target = advice.realisticTargets.at(i);
        const auto &cells = targets->rows.at(i).cells;
        for (qsizetype column = 0; column < std::ssize(Advisor::kHorizons); ++column) {
            const blocks::Paragraph &cell = cells.at(2 + column);
            if (column < target.ranges.size()) {
                const Advice::Range &range = target.ranges.at(column);
                EXPECT_EQ(plainText(cell), Figures::range(range.low, range.high, target.unit));
            } else {
                EXPECT_EQ(plainText(cell), Targets::withoutRange(Advisor::kHorizons[column]))
                    << qPrintable(target.metricId);
                // The rule is general practice, and the measure's sources say so.
                EXPECT_TRUE(std::any_of(target.sources.cbegin(), target.sources.cend(),
                                        [](const Citation &citation) {
                                            return citation.sourceId ==
                                                   QStringLiteral("general-practice");
                                        }))
                    << qPrintable(target.metricId);
            }
        }
    }
}

TEST(AdviceDocument, NoFindingsReadsOneWay)
{
    Advice advice;
    const Document document = AdviceDocument::build(builtInCatalog(), advice);
    QStringList paragraphs;
    for (const auto &block : document.blocks()) {
        if (const auto *paragraph = std::get_if<blocks::Paragraph>(&block)) {
            paragraphs.append(plainText(*paragraph));
        }
    }
    EXPECT_TRUE(paragraphs.contains(
        QStringLiteral("No expectation in this scenario conflicts with the catalog.")));
    EXPECT_TRUE(paragraphs.contains(QStringLiteral("No goals or tasks given: nothing to rank.")));
}

} // namespace
