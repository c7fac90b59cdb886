#include "catalog/SearchTerms.h"

#include "support/QtPrinters.h"

#include <QFile>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

QStringList phrases(const SearchTerms &terms, const QString &word)
{
    QStringList joined;
    for (const QStringList &phrase : terms.expansions(word)) {
        joined.append(phrase.join(QLatin1Char(' ')));
    }
    return joined;
}

TEST(SearchTerms, TheBuiltInTableReadsWithoutAProblem)
{
    QFile file(QStringLiteral(ROLELENS_SOURCE_DIR "/resources/search/search-terms.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const Result<SearchTerms> parsed = SearchTerms::parse(file.readAll(), file.fileName());
    for (const auto &problem : parsed.errors()) {
        ADD_FAILURE() << qPrintable(problem.toString());
    }
    EXPECT_FALSE(SearchTerms::builtIn().words().isEmpty());
}

TEST(SearchTerms, AbbreviationsStandForTheirWords)
{
    const SearchTerms &terms = SearchTerms::builtIn();
    EXPECT_TRUE(phrases(terms, QStringLiteral("ads")).contains(QStringLiteral("advertising")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("pr")).contains(QStringLiteral("public relations")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("cs")).contains(QStringLiteral("customer service")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("seo"))
                    .contains(QStringLiteral("search engine optimisation")));
    EXPECT_TRUE(
        phrases(terms, QStringLiteral("smm")).contains(QStringLiteral("social media manager")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("cm")).contains(QStringLiteral("community manager")));
    // ... and the words for their abbreviations, by any form ("advertisements").
    EXPECT_TRUE(phrases(terms, QStringLiteral("advertisements")).contains(QStringLiteral("ads")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("unrelated")).isEmpty());
}

TEST(SearchTerms, GermanWordsStandForTheEnglishOnes)
{
    const SearchTerms &terms = SearchTerms::builtIn();
    EXPECT_TRUE(phrases(terms, QStringLiteral("werbung")).contains(QStringLiteral("advertising")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("kundenservice"))
                    .contains(QStringLiteral("customer service")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("pressearbeit"))
                    .contains(QStringLiteral("public relations")));
    // With or without the accents, and while the word is still being typed.
    EXPECT_TRUE(phrases(terms, QStringLiteral("öffentlichkeitsarbeit"))
                    .contains(QStringLiteral("public relations")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("offentlichkeitsarbeit"))
                    .contains(QStringLiteral("public relations")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("buro")).contains(QStringLiteral("office")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("werb")).contains(QStringLiteral("advertising")));
    // Below four letters the start of a word expands nothing: "kun" is no "Kunde" yet.
    EXPECT_TRUE(phrases(terms, QStringLiteral("kun")).isEmpty());
}

TEST(SearchTerms, AProblemInATableNamesItsPlace)
{
    const Result<SearchTerms> parsed = SearchTerms::parse(
        R"({"format": "rolelens-search-terms", "version": 1,
            "groups": [{"en": ["ads", "advertising"]}, {"en": ["lonely"]}, {"en": ["ok", "--"]},
                       {"en": ["a", "b"], "fr": ["publicité"]}]})",
        QStringLiteral("terms.json"));
    ASSERT_FALSE(parsed.ok());
    QStringList messages;
    for (const auto &problem : parsed.errors()) {
        messages.append(problem.toString());
    }
    const QString all = messages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("$.groups[1]"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("$.groups[2].en[1]"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("fr"))) << qPrintable(all);
    EXPECT_EQ(messages.size(), 4) << qPrintable(all); // [2] also has too few terms left
}

} // namespace
} // namespace rolelens
