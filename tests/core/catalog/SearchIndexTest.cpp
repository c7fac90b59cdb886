#include "catalog/SearchIndex.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

std::vector<bool> matches(std::initializer_list<bool> values)
{
    return std::vector<bool>(values);
}

SearchIndex index()
{
    SearchIndex built;
    built.add(QStringLiteral("Regional logistics coordinator (RLC)"));
    built.add(QStringLiteral("Social-media manager; coordinates campaigns"));
    built.add(QStringLiteral("Straße und Über-Café 2024"));
    built.finish();
    return built;
}

TEST(SearchIndex, WordsAreRunsOfLettersAndDigitsCaseFolded)
{
    EXPECT_EQ(
        SearchIndex::words(QStringLiteral("Social-media  Manager (SMM), 2024!")),
        (QStringList{QStringLiteral("social"), QStringLiteral("media"), QStringLiteral("manager"),
                     QStringLiteral("smm"), QStringLiteral("2024")}));
    EXPECT_EQ(SearchIndex::words(QStringLiteral("STRAẞE Über")),
              (QStringList{QStringLiteral("straße"), QStringLiteral("über")}));
    EXPECT_TRUE(SearchIndex::words(QStringLiteral(" -- ")).isEmpty());
}

TEST(SearchIndex, QueryWordsMatchTheStartOfWords)
{
    const SearchIndex built = index();
    EXPECT_EQ(built.size(), 3U);
    EXPECT_EQ(built.match(QString()), matches({true, true, true}));
    EXPECT_EQ(built.match(QStringLiteral("coord")), matches({true, true, false}));
    EXPECT_EQ(built.match(QStringLiteral("COORDINATOR")), matches({true, false, false}));
    // Inside a word is not the start of one.
    EXPECT_EQ(built.match(QStringLiteral("ordinator")), matches({false, false, false}));
    // Every word must be found, in any order.
    EXPECT_EQ(built.match(QStringLiteral("campaigns social")), matches({false, true, false}));
    EXPECT_EQ(built.match(QStringLiteral("social logistics")), matches({false, false, false}));
    // Punctuation in the query splits it as it splits the texts.
    EXPECT_EQ(built.match(QStringLiteral("social-media")), matches({false, true, false}));
    EXPECT_EQ(built.match(QStringLiteral("strasse cafe")), matches({false, false, false}));
    EXPECT_EQ(built.match(QStringLiteral("STRAẞE caf über")), matches({false, false, true}));
    EXPECT_EQ(built.match(QStringLiteral("rlc")), matches({true, false, false}));
}

TEST(SearchIndex, IndexHoldsExactlyTheWordsOfEachText)
{
    // Folding the whole text before cutting it must give the same words as words(): case,
    // letters outside ASCII, letters beyond the Basic Multilingual Plane, digits, marks.
    const QStringList texts{QStringLiteral("Ärger ÜBER Straße; ΣΟΦΊΑ σοφία"),
                            QStringLiteral("𝐀lpha 𐐀Deseret x²y café-Bar e\u0301cole"),
                            QStringLiteral("ǅemal İstanbul ﬁne 42nd")};
    SearchIndex built;
    for (const QString &text : texts) {
        built.add(text);
    }
    built.finish();
    for (int document = 0; document < texts.size(); ++document) {
        const QStringList words = SearchIndex::words(texts.at(document));
        ASSERT_FALSE(words.isEmpty());
        for (const QString &word : words) {
            // The whole word, and any word built from it, finds the document...
            EXPECT_TRUE(built.match(word).at(static_cast<std::size_t>(document)))
                << qPrintable(word);
            // ...and a word it does not start is not in the index.
            EXPECT_FALSE(
                built.match(word + QStringLiteral("qqq")).at(static_cast<std::size_t>(document)))
                << qPrintable(word);
        }
    }
}

TEST(SearchIndex, EmptyIndexMatchesNothingAndDoesNotFail)
{
    SearchIndex empty;
    empty.finish();
    EXPECT_TRUE(empty.match(QStringLiteral("anything")).empty());
}

} // namespace
} // namespace rolelens
