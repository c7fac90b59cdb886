#include "report/builders/AgreementDocument.h"

#include "advisor/Advisor.h"
#include "advisor/Targets.h"
#include "report/Figures.h"
#include "scenario/ScenarioFile.h"
#include "support/AdviceAcceptance.h"
#include "support/BuiltInCatalog.h"
#include "support/DocumentHeadings.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using rolelens::testing::firstUnder;
using rolelens::testing::plainText;

using namespace rolelens;
using rolelens::testing::builtInCatalog;

using rolelens::testing::bakery;

using rolelens::testing::headingsOf;

template <typename Block> const Block *lastOf(const Document &document)
{
    const Block *found = nullptr;
    for (const auto &block : document.blocks()) {
        if (const auto *candidate = std::get_if<Block>(&block)) {
            found = candidate;
        }
    }
    return found;
}

TEST(AgreementDocument, NamesTheRoleTheBusinessAndEndsWithSignaturesAndSources)
{
    const Scenario scenario = bakery();
    const Advice advice = Advisor(builtInCatalog()).advise(scenario);
    const Document document = AgreementDocument::build(builtInCatalog(), scenario, advice);
    EXPECT_EQ(document.title(), QStringLiteral("Expectations agreement: Social media manager"));
    const auto *title = std::get_if<blocks::Title>(&document.blocks().first());
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->subtitles.first().startsWith(scenario.businessName));
    EXPECT_EQ(headingsOf(document),
              (QStringList{QStringLiteral("Hiring plan"), QStringLiteral("Judge the hire by"),
                           QStringLiteral("Published benchmarks"),
                           QStringLiteral("Findings for the social media manager"),
                           QStringLiteral("The role and its purpose"),
                           QStringLiteral("What this role does not do, and who does"),
                           QStringLiteral("Reviews"), QStringLiteral("Agreed")}));
    const auto *signatures = lastOf<blocks::Signatures>(document);
    ASSERT_NE(signatures, nullptr);
    // The owner signs for the business by name.
    EXPECT_EQ(signatures->parties,
              (QStringList{QStringLiteral("Owner, for %1").arg(scenario.businessName),
                           QStringLiteral("Hire")}));
    EXPECT_TRUE(std::holds_alternative<blocks::SourceList>(document.blocks().last()));
}

// The reviews fall on the advice's horizons, counted from the day the agreement is issued.
TEST(AgreementDocument, DatesTheIssueAndTheReviews)
{
    const Scenario scenario = bakery();
    const QDate issued(2026, 1, 15);
    const Document document = AgreementDocument::build(
        builtInCatalog(), scenario, Advisor(builtInCatalog()).advise(scenario), issued);
    QString reviews;
    bool under = false;
    for (const auto &block : document.blocks()) {
        if (const auto *heading = std::get_if<blocks::Heading>(&block)) {
            under = heading->text == QStringLiteral("Reviews");
        } else if (const auto *paragraph = std::get_if<blocks::Paragraph>(&block);
                   paragraph && under) {
            reviews = paragraph->spans.first().text;
        }
    }
    EXPECT_TRUE(reviews.contains(Figures::date(issued))) << qPrintable(reviews);
    for (const int months : Targets::kHorizons) {
        EXPECT_TRUE(reviews.contains(Figures::date(issued.addMonths(months)))) << months;
    }
}

// Issued again unchanged, the agreement keeps its version and date; after an edit it is the
// next version and says what changed since the last one.
TEST(AgreementDocument, IsVersionedAndListsWhatChangedSinceTheLastIssued)
{
    const Catalog &catalog = builtInCatalog();
    Scenario scenario = bakery();
    const QDate first(2026, 1, 15);
    const Advice advice = Advisor(catalog).advise(scenario);
    const Scenario::IssuedAgreement issued =
        AgreementDocument::issue(catalog, scenario, advice, first);
    EXPECT_EQ(issued.version, 1);
    EXPECT_EQ(issued.terms, AgreementDocument::terms(catalog, advice));
    EXPECT_FALSE(issued.terms.isEmpty());

    scenario.issuedAgreement = issued;
    const QDate later(2026, 2, 1);
    const Document again = AgreementDocument::build(catalog, scenario, advice, later);
    const auto *title = std::get_if<blocks::Title>(&again.blocks().first());
    ASSERT_NE(title, nullptr);
    EXPECT_TRUE(title->subtitles.contains(
        QStringLiteral("Version 1, issued on %1").arg(Figures::date(first))));
    EXPECT_FALSE(headingsOf(again).first().startsWith(QStringLiteral("Changes")));

    Scenario edited = scenario;
    edited.followers->target = 2000; // a realistic target now
    const Advice revised = Advisor(catalog).advise(edited);
    const Document next = AgreementDocument::build(catalog, edited, revised, later);
    const auto *nextTitle = std::get_if<blocks::Title>(&next.blocks().first());
    ASSERT_NE(nextTitle, nullptr);
    EXPECT_TRUE(nextTitle->subtitles.contains(
        QStringLiteral("Version 2, issued on %1").arg(Figures::date(later))));
    const QString changes =
        QStringLiteral("Changes since version 1 of %1").arg(Figures::date(first));
    EXPECT_EQ(headingsOf(next).first(), changes);
    const auto *list = firstUnder<blocks::BulletList>(next, changes);
    ASSERT_NE(list, nullptr);
    QStringList lines;
    for (const auto &item : list->items) {
        lines.append(plainText(item.text));
    }
    const QStringList now = AgreementDocument::terms(catalog, revised);
    for (const auto &term : now) {
        if (!issued.terms.contains(term)) {
            EXPECT_TRUE(lines.contains(QStringLiteral("New: ") + term)) << qPrintable(term);
        }
    }
    for (const auto &term : issued.terms) {
        if (!now.contains(term)) {
            EXPECT_TRUE(lines.contains(QStringLiteral("No longer: ") + term)) << qPrintable(term);
        }
    }
    EXPECT_FALSE(lines.isEmpty());
}

// 004 ends: "clarifying roles and expectations from the get-go is always best. A
// well-outlined contract can be a lifesaver": the agreement opens with it, cited.
TEST(AgreementDocument, OpensWithArticle004sAdviceOnContracts)
{
    const Scenario scenario = bakery();
    const Document document = AgreementDocument::build(builtInCatalog(), scenario,
                                                       Advisor(builtInCatalog()).advise(scenario));
    ASSERT_GE(document.blocks().size(), 2);
    const auto *opening = std::get_if<blocks::Paragraph>(&document.blocks().at(1));
    ASSERT_NE(opening, nullptr);
    ASSERT_EQ(opening->sources.size(), 1);
    EXPECT_EQ(opening->sources.first().sourceId, QStringLiteral("article-behind-the-scenes"));
    EXPECT_TRUE(opening->sources.first().quote.contains(
        QStringLiteral("A well-outlined contract can be a lifesaver")));
    EXPECT_TRUE(opening->spans.first().text.contains(QStringLiteral("contract")));
}

TEST(AgreementDocument, WithoutARoleSaysWhatIsMissingAndStillHasItsFindingsSection)
{
    Scenario scenario;
    scenario.businessName = QStringLiteral("Nobody Yet");
    const Advice advice = Advisor(builtInCatalog()).advise(scenario);
    ASSERT_TRUE(advice.judgedRoleId.isEmpty());
    const Document document = AgreementDocument::build(builtInCatalog(), scenario, advice);
    EXPECT_EQ(document.title(), QStringLiteral("Expectations agreement"));
    const QStringList headings = headingsOf(document);
    EXPECT_FALSE(headings.contains(QStringLiteral("The role and its purpose")));
    EXPECT_FALSE(headings.contains(QStringLiteral("Judge the hire by")));
    EXPECT_TRUE(headings.contains(QStringLiteral("Findings")));
    bool saysNoRole = false;
    for (const auto &block : document.blocks()) {
        if (const auto *paragraph = std::get_if<blocks::Paragraph>(&block)) {
            saysNoRole =
                saysNoRole ||
                (!paragraph->spans.isEmpty() &&
                 paragraph->spans.first().text.startsWith(QStringLiteral("No role is considered")));
        }
    }
    EXPECT_TRUE(saysNoRole);
}

} // namespace
