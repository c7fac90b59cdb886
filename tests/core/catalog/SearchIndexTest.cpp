#include "catalog/SearchIndex.h"

#include "catalog/SearchTerms.h"
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

TEST(SearchIndex, AccentsTypedOrNotMatch)
{
    SearchIndex built;
    built.add(QStringLiteral("Publicité sur les réseaux sociaux; problème"));
    built.add(QStringLiteral("Atención al cliente, campañas y reseñas"));
    built.add(QStringLiteral("Büro und Verwaltung; façade, mise en œuvre"));
    built.add(QStringLiteral("Publicite without its accents"));
    built.finish();
    for (const char *query : {"publicite", "PUBLICITÉ", "publicitè", "publicit"}) {
        EXPECT_EQ(built.match(QString::fromUtf8(query)), matches({true, false, false, true}))
            << query;
    }
    // é, è, ñ, ó, ü, ç and the ligature œ, each typed or not; other forms too ("réseau").
    for (const char *query : {"reseaux", "réseau", "probleme", "problème"}) {
        EXPECT_EQ(built.match(QString::fromUtf8(query)), matches({true, false, false, false}))
            << query;
    }
    for (const char *query : {"atencion", "ATENCIÓN", "campana", "campaña", "resenas"}) {
        EXPECT_EQ(built.match(QString::fromUtf8(query)), matches({false, true, false, false}))
            << query;
    }
    for (const char *query : {"buro", "büro", "facade", "façade", "oeuvre", "œuvre"}) {
        EXPECT_EQ(built.match(QString::fromUtf8(query)), matches({false, false, true, false}))
            << query;
    }
    // A suggestion keeps the text's accents.
    EXPECT_EQ(built.suggestion(QStringLiteral("atencon")), QStringLiteral("atención"));
    EXPECT_EQ(built.suggestion(QStringLiteral("reseax")), QStringLiteral("réseaux"));
}

// A small table of our own, so that these tests do not follow edits of the built-in one.
const SearchTerms &terms()
{
    static const SearchTerms table =
        SearchTerms::parse(R"({"format": "rolelens-search-terms", "version": 1, "groups": [
            {"en": ["advertising", "ads"], "de": ["Werbung"], "es": ["publicidad"]},
            {"en": ["public relations", "pr"], "de": ["Pressearbeit"]},
            {"en": ["customer service", "cs"], "de": ["Kundenservice"],
             "es": ["atención al cliente"], "fr": ["service client"]}]})",
                           QStringLiteral("terms.json"))
            .value();
    return table;
}

// Documents on purpose without the words a user types for them.
SearchIndex roles()
{
    SearchIndex built(terms());
    built.add({QStringLiteral("Media buyer"),
               {QStringLiteral("Paid social specialist")},
               {QStringLiteral("Manages advertising budgets and buys placements.")}});
    built.add({QStringLiteral("Publicist"),
               {},
               {QStringLiteral("Handles public relations and press contacts; manages events.")}});
    built.add({QStringLiteral("Support agent"),
               {QStringLiteral("Customer service representative")},
               {QStringLiteral("Answers customers.")}});
    built.add({QStringLiteral("Customer insights analyst"),
               {},
               {QStringLiteral("Studies what customers buy after seeing an advertisement.")}});
    built.finish();
    return built;
}

TEST(SearchIndex, OtherFormsOfAWordMatch)
{
    const SearchIndex built = roles();
    // "manage", "managing", "management" find "manages"; "advertise" finds "advertising"
    // and "advertisement".
    for (const char *query : {"manage", "managing", "management", "manager"}) {
        EXPECT_EQ(built.match(QString::fromLatin1(query)), matches({true, true, false, false}))
            << query;
    }
    EXPECT_EQ(built.match(QStringLiteral("advertise")), matches({true, false, false, true}));
    EXPECT_EQ(built.match(QStringLiteral("customer")), matches({false, false, true, true}));
    // The start of a word still finds it while it is typed.
    EXPECT_EQ(built.match(QStringLiteral("adverti")), matches({true, false, false, true}));
}

TEST(SearchIndex, AbbreviationsSynonymsAndGermanWordsMatch)
{
    const SearchIndex built = roles();
    EXPECT_EQ(built.match(QStringLiteral("ads")), matches({true, false, false, true}));
    EXPECT_EQ(built.match(QStringLiteral("Werbung")), matches({true, false, false, true}));
    EXPECT_EQ(built.match(QStringLiteral("PR")), matches({false, true, false, false}));
    EXPECT_EQ(built.match(QStringLiteral("Pressearbeit")), matches({false, true, false, false}));
    // A phrase is found where all its words are: the analyst's customers are no service.
    EXPECT_EQ(built.match(QStringLiteral("Kundenservice")), matches({false, false, true, false}));
    EXPECT_EQ(built.match(QStringLiteral("cs")), matches({false, false, true, false}));
    // Combined with other words, each must be found.
    EXPECT_EQ(built.match(QStringLiteral("ads budgets")), matches({true, false, false, false}));
    // Expansions are whole words: "ad" stands for "advertising", not for "address".
    EXPECT_EQ(built.match(QStringLiteral("werbung events")), matches({false, false, false, false}));
}

TEST(SearchIndex, TermsOfSeveralWordsTypedFindWhatTheyStandFor)
{
    const SearchIndex built = roles();
    // No document holds "atención" or "al": the words together are customer service...
    EXPECT_EQ(built.match(QStringLiteral("atención al cliente")),
              matches({false, false, true, false}));
    EXPECT_EQ(built.match(QStringLiteral("Atencion al clientes")),
              matches({false, false, true, false}));
    // ...and apart, "al" is found nowhere.
    EXPECT_EQ(built.match(QStringLiteral("atención cliente al")),
              matches({false, false, false, false}));
    // The analyst has customers, not "service": neither word by word nor as the term.
    EXPECT_EQ(built.match(QStringLiteral("service client")), matches({false, false, true, false}));
    EXPECT_EQ(built.match(QStringLiteral("customer service")),
              matches({false, false, true, false}));
    // With other words, each found.
    EXPECT_EQ(built.match(QStringLiteral("answers atención al cliente")),
              matches({false, false, true, false}));
    EXPECT_EQ(built.match(QStringLiteral("events atención al cliente")),
              matches({false, false, false, false}));
    // The words the document holds score as they would alone; the term's, each as the
    // synonym found in the alias ("customer service representative").
    constexpr int kAlias = SearchIndex::kFieldScores[1];
    EXPECT_EQ(built.scores(QStringLiteral("customer service"))[2], 2 * kAlias);
    EXPECT_EQ(built.scores(QStringLiteral("atención al cliente"))[2],
              3 * (kAlias - SearchIndex::kSynonymPenalty));
}

TEST(SearchIndex, AWordTheIndexHoldsIsNoTermBeingTyped)
{
    const SearchIndex built = roles();
    // "publ" may become "publicidad": what advertising finds, and the publicist.
    EXPECT_EQ(built.match(QStringLiteral("publ")), matches({true, true, false, true}));
    // "public" is a word of its own here ("public relations"), no "publicidad" being typed.
    EXPECT_EQ(built.match(QStringLiteral("public")), matches({false, true, false, false}));
    EXPECT_EQ(built.match(QStringLiteral("publicidad")), matches({true, false, false, true}));
}

TEST(SearchIndex, TitleThenAliasMatchesScoreHighest)
{
    const SearchIndex built = roles();
    const std::vector<int> customer = built.scores(QStringLiteral("customer"));
    // The analyst has it in the title, the agent in an alias, nobody else at all.
    EXPECT_GT(customer[3], customer[2]);
    EXPECT_GT(customer[2], 0);
    EXPECT_EQ(customer[0], 0);
    const std::vector<int> advertising = built.scores(QStringLiteral("advertising"));
    EXPECT_EQ(advertising[0], advertising[3]); // both in the text only
    // Each word adds its own score.
    const std::vector<int> two = built.scores(QStringLiteral("customer service"));
    EXPECT_GT(two[2], customer[2]);
    EXPECT_EQ(two[3], 0);
    EXPECT_EQ(built.scores(QString()), (std::vector<int>{1, 1, 1, 1}));
}

TEST(SearchIndex, SuggestsTheNearestWordWhenNothingMatches)
{
    const SearchIndex built = roles();
    EXPECT_EQ(built.suggestion(QStringLiteral("publicst")), QStringLiteral("publicist"));
    EXPECT_EQ(built.suggestion(QStringLiteral("custmer servce")),
              QStringLiteral("customer service"));
    // A misspelt German word of the table, too.
    EXPECT_EQ(built.suggestion(QStringLiteral("Werbng")), QStringLiteral("werbung"));
    // Words that are found stay as typed.
    EXPECT_EQ(built.suggestion(QStringLiteral("buyer placments")),
              QStringLiteral("buyer placements"));
    // Nothing to suggest: a match, a word near nothing, a combination no document holds.
    EXPECT_EQ(built.suggestion(QStringLiteral("customer")), QString());
    EXPECT_EQ(built.suggestion(QStringLiteral("xylophone")), QString());
    EXPECT_EQ(built.suggestion(QStringLiteral("publicist buyer")), QString());
    EXPECT_EQ(built.suggestion(QStringLiteral("zq")), QString());
}

TEST(SearchIndex, EmptyIndexMatchesNothingAndDoesNotFail)
{
    SearchIndex empty;
    empty.finish();
    EXPECT_TRUE(empty.match(QStringLiteral("anything")).empty());
    EXPECT_EQ(empty.suggestion(QStringLiteral("anything")), QString());
}

} // namespace
} // namespace rolelens
