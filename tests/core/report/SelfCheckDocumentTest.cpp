#include "report/builders/SelfCheckDocument.h"

#include "report/Figures.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

QString plain(const blocks::Paragraph &paragraph)
{
    QString text;
    for (const auto &span : paragraph.spans) {
        text += span.text;
    }
    return text;
}

template <typename T> QList<T> blocksOf(const Document &document)
{
    QList<T> found;
    for (const auto &block : document.blocks()) {
        if (const auto *typed = std::get_if<T>(&block)) {
            found.append(*typed);
        }
    }
    return found;
}

const SelfCheckAnswers kAdvertisingAnalyst{
    {{QStringLiteral("advertising-platforms"), SkillLevel::Strong},
     {QStringLiteral("data-analysis"), SkillLevel::Strong},
     {QStringLiteral("ab-testing"), SkillLevel::Some},
     {QStringLiteral("content-optimization"), SkillLevel::Some},
     {QStringLiteral("strategic-thinking"), SkillLevel::Some}},
    {}};

TEST(SelfCheckDocument, SaysFirstThatItIsAReadingOfTheCatalogNotATest)
{
    const Document document = SelfCheckDocument::build(testing::builtInCatalog(), {});
    const auto notes = blocksOf<blocks::Note>(document);
    ASSERT_FALSE(notes.isEmpty());
    EXPECT_TRUE(plain(notes.first().text).contains(QStringLiteral("not a test of aptitude")));
    // Nothing answered: it says what to do.
    EXPECT_TRUE(plain(blocksOf<blocks::Paragraph>(document).value(0))
                    .startsWith(QStringLiteral("Nothing answered yet")));
    // Nothing rated: every role in the table, none described as a fit.
    ASSERT_EQ(blocksOf<blocks::Table>(document).size(), 1);
    EXPECT_EQ(blocksOf<blocks::Table>(document).first().rows.size(),
              testing::builtInCatalog().roles().size());
    EXPECT_TRUE(blocksOf<blocks::Heading>(document).isEmpty());
}

TEST(SelfCheckDocument, EachRowHasTheOverlapAndTheSkillsWithTheirSources)
{
    const Catalog &catalog = testing::builtInCatalog();
    const Document document = SelfCheckDocument::build(catalog, kAdvertisingAnalyst);
    const blocks::Table table = blocksOf<blocks::Table>(document).value(0);
    ASSERT_EQ(table.headers.size(), 4);
    const auto &first = table.rows.value(0).cells;
    ASSERT_EQ(first.size(), 4);
    ASSERT_EQ(first.at(0).spans.size(), 1);
    EXPECT_EQ(first.at(0).spans.first().target, QStringLiteral("social-media-marketer"));
    EXPECT_EQ(plain(first.at(1)), Figures::fit(7.0 / 12.0));
    const Role *marketer = catalog.role(QStringLiteral("social-media-marketer"));
    EXPECT_EQ(
        plain(first.at(3)),
        marketer->skillNames({QStringLiteral("marketing-background")}).join(QStringLiteral(", ")));
    for (const Skill &skill : marketer->skills) {
        if (skill.id == QLatin1String("marketing-background")) {
            EXPECT_EQ(first.at(3).sources, skill.sources);
        }
    }
    EXPECT_FALSE(first.at(2).sources.isEmpty());
}

TEST(SelfCheckDocument, DescribesTheThreeBestFittingRolesWithWhatTheyAreJudgedBy)
{
    const Catalog &catalog = testing::builtInCatalog();
    const Document document = SelfCheckDocument::build(catalog, kAdvertisingAnalyst);
    QStringList described;
    for (const auto &heading : blocksOf<blocks::Heading>(document)) {
        described.append(heading.text);
    }
    EXPECT_EQ(described, QStringList({catalog.role(QStringLiteral("social-media-marketer"))->title,
                                      catalog.role(QStringLiteral("marketing-strategist"))->title,
                                      catalog.role(QStringLiteral("website-manager"))->title}));
    int judgedBy = 0;
    for (const auto &paragraph : blocksOf<blocks::Paragraph>(document)) {
        if (plain(paragraph).startsWith(QStringLiteral("Mainly judged by: "))) {
            ++judgedBy;
            EXPECT_FALSE(paragraph.sources.isEmpty()) << qPrintable(plain(paragraph));
        }
    }
    EXPECT_EQ(judgedBy, 3);
    EXPECT_EQ(blocksOf<blocks::SourceList>(document).size(), 1);
}

TEST(SelfCheckDocument, WithPreferencesAColumnSaysWhichWorkEachRoleInvolvesAndWhy)
{
    const Catalog &catalog = testing::builtInCatalog();
    const SelfCheckAnswers answers{
        {},
        {{QStringLiteral("personal-brand-or-brand-voice"), QStringLiteral("brand-voice")},
         {QStringLiteral("numbers-or-people"), QStringLiteral("people")}}};
    const blocks::Table table =
        blocksOf<blocks::Table>(SelfCheckDocument::build(catalog, answers)).value(0);
    ASSERT_EQ(table.headers.size(), 5);
    EXPECT_EQ(table.headers.last(), QStringLiteral("Work you prefer that it involves"));
    // PR works with people (media relations) and speaks in the brand's voice: 4 of 12, the
    // first; the community manager does both too, 4 of 14, the second; the manager speaks in
    // the brand's voice but is not tagged for people.
    const auto &first = table.rows.value(0).cells;
    ASSERT_EQ(first.size(), 5);
    EXPECT_EQ(first.at(0).spans.first().target, QStringLiteral("public-relations-specialist"));
    EXPECT_EQ(plain(first.at(4)),
              QStringLiteral("Working with people, Speaking in a brand's voice"));
    // Its sources: the focus and audience-engagement descriptions that carry the tags.
    const Role &publicRelations = *catalog.role(QStringLiteral("public-relations-specialist"));
    for (const Dimension dimension : {Dimension::Focus, Dimension::AudienceEngagement}) {
        for (const Citation &citation : publicRelations.dimension(dimension).sources) {
            EXPECT_TRUE(first.at(4).sources.contains(citation));
        }
    }
    EXPECT_EQ(table.rows.value(1).cells.at(0).spans.first().target,
              QStringLiteral("community-manager"));
    for (const auto &row : table.rows) {
        if (row.cells.at(0).spans.first().target == QLatin1String("social-media-manager")) {
            EXPECT_EQ(plain(row.cells.at(4)), QStringLiteral("Speaking in a brand's voice"));
        }
        if (row.cells.at(0).spans.first().target == QLatin1String("website-manager")) {
            EXPECT_EQ(plain(row.cells.at(4)), QStringLiteral("None of it"));
            EXPECT_TRUE(row.cells.at(4).sources.isEmpty());
        }
    }
}

} // namespace
} // namespace rolelens
