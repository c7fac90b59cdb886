#include "catalog/WordStem.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

// Every form in a group has the first one's stem, and no other group's.
void expectOneStem(std::initializer_list<const char16_t *> forms)
{
    const QString stem = wordStem(*forms.begin());
    for (const char16_t *form : forms) {
        EXPECT_EQ(wordStem(form), stem) << QString::fromUtf16(form).toStdString();
    }
}

TEST(WordStem, FormsOfAWordShareAStem)
{
    expectOneStem({u"advertising", u"advertise", u"advertised", u"advertisement", u"advertisements",
                   u"advertiser", u"advertisers"});
    expectOneStem(
        {u"manage", u"manager", u"managers", u"managing", u"managed", u"management", u"manages"});
    expectOneStem({u"market", u"markets", u"marketer", u"marketing"});
    expectOneStem({u"plan", u"plans", u"planning", u"planned", u"planner"});
    expectOneStem({u"reply", u"replies", u"replied", u"replying"});
    expectOneStem({u"community", u"communities"});
    expectOneStem({u"service", u"services"});
    expectOneStem({u"ad", u"ads"});
    expectOneStem({u"sell", u"selling", u"seller"});
}

// Stems are taken of words without their accents (SearchIndex::withoutAccents): "reseaux" is
// how "réseaux" reaches the stemmer.
TEST(WordStem, SpanishAndFrenchFormsShareAStem)
{
    // Plurals in -s and -es, and a final -e.
    expectOneStem({u"anuncio", u"anuncios"});
    expectOneStem({u"comunidad", u"comunidades"});
    expectOneStem({u"relacion", u"relaciones"});
    expectOneStem({u"red", u"redes"});
    expectOneStem({u"cliente", u"clientes", u"client", u"clients"});
    expectOneStem({u"annonce", u"annonces"});
    expectOneStem({u"publicite", u"publicites"});
    expectOneStem({u"communaute", u"communautes"});
    // French plurals in -x.
    expectOneStem({u"reseau", u"reseaux"});
    expectOneStem({u"social", u"sociaux"});
    expectOneStem({u"journal", u"journaux"});
    // The feminine of agent nouns, singular and plural.
    expectOneStem({u"influenceur", u"influenceurs", u"influenceuse", u"influenceuses"});
    expectOneStem({u"redacteur", u"redactrice", u"redactrices"});
    expectOneStem({u"gestor", u"gestores", u"gestora", u"gestoras"});
    expectOneStem({u"seguidor", u"seguidores", u"seguidora"});
    expectOneStem({u"assistant", u"assistante", u"assistants"});
}

TEST(WordStem, ShortWordsAndLookalikesStayApart)
{
    // Three letters at least, and a vowel: no "us" from "user", no "str" from "string".
    EXPECT_EQ(wordStem(u"user"), QStringLiteral("user"));
    EXPECT_EQ(wordStem(u"string"), QStringLiteral("string"));
    EXPECT_EQ(wordStem(u"need"), QStringLiteral("need"));
    // "comment" is not "com" (five letters before "-ment" at least).
    EXPECT_NE(wordStem(u"comment"), wordStem(u"coming"));
    EXPECT_NE(wordStem(u"community"), wordStem(u"communication"));
    EXPECT_NE(wordStem(u"manager"), wordStem(u"man"));
    // Words ending in -ss, -us or -is are no plurals.
    EXPECT_EQ(wordStem(u"business"), QStringLiteral("business"));
    EXPECT_EQ(wordStem(u"analysis"), QStringLiteral("analysis"));
    EXPECT_EQ(wordStem(u"status"), QStringLiteral("status"));
    // Short words are no feminine nouns or French plurals.
    EXPECT_EQ(wordStem(u"hora"), QStringLiteral("hora"));
    EXPECT_EQ(wordStem(u"aux"), QStringLiteral("aux"));
    EXPECT_NE(wordStem(u"analisis"), wordStem(u"analista"));
}

TEST(WordStem, OtherWordsPassThroughWhole)
{
    EXPECT_EQ(wordStem(u"werbung"), QStringLiteral("werbung"));
    EXPECT_EQ(wordStem(u"seo"), QStringLiteral("seo"));
    EXPECT_EQ(wordStem(u"2024"), QStringLiteral("2024"));
    EXPECT_EQ(wordStem(u""), QString());
}

} // namespace
} // namespace rolelens
