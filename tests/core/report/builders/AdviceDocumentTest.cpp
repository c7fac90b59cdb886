#include "report/builders/AdviceDocument.h"

#include "advisor/Advisor.h"
#include "base/Overloaded.h"
#include "report/CitationIndex.h"
#include "report/Figures.h"
#include "support/AdviceAcceptance.h"
#include "support/BuiltInCatalog.h"
#include "support/DocumentHeadings.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using rolelens::testing::builtInCatalog;
using rolelens::testing::plainText;

Advice bakeryAdvice()
{
    return Advisor(builtInCatalog()).advise(rolelens::testing::bakery());
}

TEST(AdviceDocument, EveryFindingHasItsIdExplanationSourcesAndWhatToDo)
{
    const Advice advice = bakeryAdvice();
    ASSERT_FALSE(advice.findings.isEmpty());
    const Document document = AdviceDocument::build(builtInCatalog(), advice);
    const blocks::BulletList *findings = nullptr;
    bool inFindings = false;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            inFindings = heading->text.startsWith(QStringLiteral("Findings"));
        }
        if (const auto *list = std::get_if<blocks::BulletList>(&block); list && inFindings) {
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

// Under the table, per measure without a range: the owner's figure, then each published
// figure in the one sentence every output uses, cited with the report's words; or the rule,
// labelled general practice, where no report gives one.
TEST(AdviceDocument, PublishedBenchmarksFollowTheTargetsWithTheirReports)
{
    Advice advice = bakeryAdvice();
    qsizetype withoutRange = 0;
    for (auto &target : advice.realisticTargets) {
        if (target.ranges.isEmpty()) {
            ++withoutRange;
            if (!target.benchmarks.isEmpty()) {
                target.ownFigure = 1.5;
            }
        }
    }
    ASSERT_GT(withoutRange, 0);
    const Document document = AdviceDocument::build(builtInCatalog(), advice);
    const blocks::BulletList *published = nullptr;
    bool inPublished = false;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            inPublished = heading->text == QStringLiteral("Published benchmarks");
            EXPECT_TRUE(!inPublished || heading->level == 2);
        }
        if (const auto *list = std::get_if<blocks::BulletList>(&block); list && inPublished) {
            published = list;
        }
    }
    ASSERT_NE(published, nullptr);
    ASSERT_EQ(published->items.size(), withoutRange);
    qsizetype item = 0;
    for (const auto &target : advice.realisticTargets) {
        if (!target.ranges.isEmpty()) {
            continue;
        }
        const blocks::ListItem &entry = published->items.at(item++);
        EXPECT_EQ(plainText(entry.text),
                  builtInCatalog().metricName(target.metricId) + QLatin1Char(':'));
        QList<blocks::Paragraph> details = entry.details;
        if (target.ownFigure) {
            ASSERT_FALSE(details.isEmpty());
            EXPECT_EQ(plainText(details.takeFirst()),
                      QStringLiteral("Your figure: ") + Figures::measure(1.5, target.unit));
        }
        if (target.benchmarks.isEmpty()) {
            ASSERT_EQ(details.size(), 1) << qPrintable(target.metricId);
            EXPECT_EQ(plainText(details.first()), Targets::noBenchmark());
            EXPECT_EQ(details.first().sources.value(0).sourceId,
                      QStringLiteral("general-practice"));
            continue;
        }
        ASSERT_EQ(details.size(), target.benchmarks.size()) << qPrintable(target.metricId);
        for (qsizetype i = 0; i < details.size(); ++i) {
            const Benchmark &benchmark = target.benchmarks.at(i);
            EXPECT_EQ(plainText(details.at(i)), Targets::benchmark(builtInCatalog(), benchmark));
            EXPECT_EQ(details.at(i).sources, Citations{benchmark.citation()});
        }
    }
}

// The numbered list of sources names a report as a reader would look it up.
TEST(AdviceDocument, TheSourceListNamesAReportsPublisherTitleYearAgeAndAddress)
{
    const Benchmark benchmark =
        builtInCatalog().benchmarksFor(QStringLiteral("engagement-rate")).first();
    const Source *report = builtInCatalog().source(benchmark.sourceId);
    ASSERT_NE(report, nullptr);
    CitationIndex citations;
    EXPECT_EQ(citations.markers({benchmark.citation()}), QStringLiteral("[1]"));
    const QStringList lines = citations.sourceLines(builtInCatalog());
    ASSERT_EQ(lines.size(), 1);
    const QString &line = lines.first();
    EXPECT_TRUE(line.startsWith(
        QStringLiteral("[1] %1, %2, %3 (").arg(report->publisher, report->title).arg(report->year)))
        << qPrintable(line);
    EXPECT_TRUE(line.contains(Figures::age(report->ageInYears()))) << qPrintable(line);
    EXPECT_TRUE(line.contains(report->sample)) << qPrintable(line);
    EXPECT_TRUE(line.contains(report->address)) << qPrintable(line);
    EXPECT_TRUE(line.endsWith(QStringLiteral("(published benchmark)"))) << qPrintable(line);
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
