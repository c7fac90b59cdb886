#include "catalog/SearchTerms.h"

#include "catalog/SearchIndex.h"
#include "support/QtPrinters.h"

#include <QFile>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

QStringList phrases(const SearchTerms &terms, const QString &word,
                    SearchTerms::Begun begun = SearchTerms::Begun::Typing)
{
    QStringList joined;
    for (const QStringList &phrase : terms.expansions(word, begun)) {
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

TEST(SearchTerms, SpanishAndFrenchWordsStandForTheEnglishOnes)
{
    const SearchTerms &terms = SearchTerms::builtIn();
    for (const char *word :
         {"publicidad", "anuncios", "anuncio", "publicité", "publicite", "annonces", "pub"}) {
        EXPECT_TRUE(phrases(terms, QString::fromUtf8(word)).contains(QStringLiteral("advertising")))
            << word;
    }
    for (const char *word : {"prensa", "rrpp", "presse", "rp"}) {
        EXPECT_TRUE(
            phrases(terms, QString::fromUtf8(word)).contains(QStringLiteral("public relations")))
            << word;
    }
    for (const char *word : {"comunidad", "comunidades", "communauté", "communautes"}) {
        EXPECT_TRUE(phrases(terms, QString::fromUtf8(word)).contains(QStringLiteral("community")))
            << word;
    }
    for (const char *word : {"sav", "sac"}) {
        EXPECT_TRUE(
            phrases(terms, QString::fromUtf8(word)).contains(QStringLiteral("customer service")))
            << word;
    }
    // And the other way: an English word stands for them.
    EXPECT_TRUE(phrases(terms, QStringLiteral("ads")).contains(QStringLiteral("publicidad")));
    EXPECT_TRUE(phrases(terms, QStringLiteral("ads")).contains(QStringLiteral("publicité")));
}

// The words of a query, as the search cuts them.
QStringList query(const char *text)
{
    return SearchIndex::words(QString::fromUtf8(text));
}

// "start+length: first phrase of the group" for each term of several words in the query.
QStringList runs(const SearchTerms &terms, const char *text)
{
    QStringList found;
    for (const auto &match : terms.phrasesIn(query(text))) {
        found.append(QStringLiteral("%1+%2: %3")
                         .arg(match.start)
                         .arg(match.length)
                         .arg(match.phrases.value(0).join(QLatin1Char(' '))));
    }
    return found;
}

TEST(SearchTerms, TermsOfSeveralWordsAreFoundInAQuery)
{
    // A table of our own, so that this test does not follow edits of the built-in one.
    const SearchTerms terms =
        SearchTerms::parse(R"({"format": "rolelens-search-terms", "version": 1, "groups": [
            {"en": ["customer service", "cs"],
             "es": ["atención al cliente", "servicio de atención al cliente"],
             "fr": ["service client"]},
            {"en": ["roi"], "es": ["retorno de la inversión"]},
            {"en": ["roas"], "es": ["retorno de la inversión publicitaria"]},
            {"en": ["social media"], "es": ["redes sociales"], "fr": ["réseaux sociaux"]},
            {"en": ["public relations", "pr"], "es": ["relaciones públicas"]}]})",
                           QStringLiteral("terms.json"))
            .value();
    EXPECT_EQ(runs(terms, "atención al cliente"),
              QStringList{QStringLiteral("0+3: customer service")});
    // Any form of each word, with or without accents, among other words.
    EXPECT_EQ(runs(terms, "seo Atencion al clientes"),
              QStringList{QStringLiteral("1+3: customer service")});
    EXPECT_EQ(runs(terms, "service client"), QStringList{QStringLiteral("0+2: customer service")});
    EXPECT_EQ(runs(terms, "relaciones públicas y redes sociales"),
              (QStringList{QStringLiteral("0+2: public relations"),
                           QStringLiteral("3+2: social media")}));
    EXPECT_EQ(runs(terms, "réseau social"), QStringList{QStringLiteral("0+2: social media")});
    // The longest term at each word: ROAS, not ROI and a word; the longer name of the service.
    EXPECT_EQ(runs(terms, "retorno de la inversión publicitaria"),
              QStringList{QStringLiteral("0+5: roas")});
    EXPECT_EQ(runs(terms, "retorno de la inversión"), QStringList{QStringLiteral("0+4: roi")});
    EXPECT_EQ(runs(terms, "servicio de atención al cliente"),
              QStringList{QStringLiteral("0+5: customer service")});
    // Words that spell no term, or only part of one; one-word terms are no runs.
    EXPECT_TRUE(runs(terms, "cliente").isEmpty());
    EXPECT_TRUE(runs(terms, "atención al").isEmpty());
    EXPECT_TRUE(runs(terms, "cs roi").isEmpty());
    EXPECT_TRUE(runs(terms, "").isEmpty());
}

TEST(SearchTerms, AWordExpandsTheTermsItBeginsOnlyWhileTyped)
{
    const SearchTerms &terms = SearchTerms::builtIn();
    EXPECT_TRUE(phrases(terms, QStringLiteral("werb")).contains(QStringLiteral("advertising")));
    EXPECT_FALSE(phrases(terms, QStringLiteral("werb"), SearchTerms::Begun::Whole)
                     .contains(QStringLiteral("advertising")));
    // A term of its own is found either way.
    EXPECT_TRUE(phrases(terms, QStringLiteral("werbung"), SearchTerms::Begun::Whole)
                    .contains(QStringLiteral("advertising")));
}

TEST(SearchTerms, AProblemInATableNamesItsPlace)
{
    const Result<SearchTerms> parsed = SearchTerms::parse(
        R"({"format": "rolelens-search-terms", "version": 1,
            "groups": [{"en": ["ads", "advertising"]}, {"en": ["lonely"]}, {"en": ["ok", "--"]},
                       {"en": ["a", "b"], "it": ["pubblicità"]}, {"es": ["uno", "dos"]},
                       {"en": ["a"], "fr": ["b", 7]}]})",
        QStringLiteral("terms.json"));
    ASSERT_FALSE(parsed.ok());
    QStringList messages;
    for (const auto &problem : parsed.errors()) {
        messages.append(problem.toString());
    }
    const QString all = messages.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("$.groups[1]"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("$.groups[2].en[1]"))) << qPrintable(all);
    // A language the program does not speak; the ones it does are named.
    EXPECT_TRUE(all.contains(QStringLiteral("$.groups[3].it"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("en, de, es, fr"))) << qPrintable(all);
    // English is in every group; a Spanish or French list is read as the others are.
    EXPECT_TRUE(all.contains(QStringLiteral("$.groups[4].en"))) << qPrintable(all);
    EXPECT_TRUE(all.contains(QStringLiteral("$.groups[5].fr[1]"))) << qPrintable(all);
    // [2] and [5] also have too few terms left.
    EXPECT_EQ(messages.size(), 7) << qPrintable(all);
}

} // namespace
} // namespace rolelens
