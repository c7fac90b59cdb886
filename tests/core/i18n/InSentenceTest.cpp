#include "i18n/InSentence.h"

#include "i18n/Languages.h"
#include "support/InLanguage.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::InLanguage;

QString inSentence(const char *text)
{
    return InSentence::label(QString::fromUtf8(text));
}

TEST(InSentence, EnglishLowersTheFirstLetterOnly)
{
    ASSERT_EQ(Languages::current(), QStringLiteral("en"));
    EXPECT_EQ(inSentence("Social media manager"), QStringLiteral("social media manager"));
    EXPECT_EQ(inSentence("A lasting presence that grows over months"),
              QStringLiteral("a lasting presence that grows over months"));
    EXPECT_EQ(inSentence("Click-through rate (CTR)"), QStringLiteral("click-through rate (CTR)"));
    EXPECT_EQ(inSentence("Return on ad spend (ROAS)"), QStringLiteral("return on ad spend (ROAS)"));
    EXPECT_EQ(inSentence("Marketing ROI"), QStringLiteral("marketing ROI"));
}

TEST(InSentence, EnglishKeepsAcronymsAndBrands)
{
    for (const char *kept :
         {"ROAS", "SMM", "SEO specialist", "PR specialist", "TikTok creator", "LinkedIn manager",
          "YouTube channel", "3D designer", "already lower", ""}) {
        EXPECT_EQ(inSentence(kept), QString::fromUtf8(kept)) << kept;
    }
}

TEST(InSentence, GermanKeepsEveryCapital)
{
    const InLanguage german(QStringLiteral("de"));
    ASSERT_EQ(Languages::current(), QStringLiteral("de"));
    for (const char *kept :
         {"Social-Media-Manager", "Sofortige Sichtbarkeit, für einen Launch oder ein Event",
          "Klickrate (CTR)", "PR-Spezialist", "TikTok"}) {
        EXPECT_EQ(inSentence(kept), QString::fromUtf8(kept)) << kept;
    }
}

TEST(InSentence, SpanishLowersTheFirstLetterOnly)
{
    const InLanguage spanish(QStringLiteral("es"));
    ASSERT_EQ(Languages::current(), QStringLiteral("es"));
    EXPECT_EQ(inSentence("Especialista en atención al cliente"),
              QStringLiteral("especialista en atención al cliente"));
    EXPECT_EQ(inSentence("Tasa de clics (CTR)"), QStringLiteral("tasa de clics (CTR)"));
    EXPECT_EQ(inSentence("Índice de satisfacción (CSAT)"),
              QStringLiteral("índice de satisfacción (CSAT)"));
    EXPECT_EQ(inSentence("ROI de marketing"), QStringLiteral("ROI de marketing"));
    EXPECT_EQ(inSentence("TikTok"), QStringLiteral("TikTok"));
}

TEST(InSentence, FrenchLowersTheFirstLetterOnly)
{
    const InLanguage french(QStringLiteral("fr"));
    ASSERT_EQ(Languages::current(), QStringLiteral("fr"));
    EXPECT_EQ(inSentence("Assistant administratif"), QStringLiteral("assistant administratif"));
    EXPECT_EQ(inSentence("Spécialiste du service client"),
              QStringLiteral("spécialiste du service client"));
    EXPECT_EQ(inSentence("Retour sur dépenses publicitaires (ROAS)"),
              QStringLiteral("retour sur dépenses publicitaires (ROAS)"));
    EXPECT_EQ(inSentence("ROI marketing"), QStringLiteral("ROI marketing"));
    EXPECT_EQ(inSentence("SMM"), QStringLiteral("SMM"));
}

TEST(InSentence, AnExplicitLanguageNeedsNoSwitch)
{
    EXPECT_EQ(InSentence::label(QStringLiteral("Social-Media-Manager"), QStringLiteral("de")),
              QStringLiteral("Social-Media-Manager"));
    EXPECT_EQ(InSentence::label(QStringLiteral("Influenceur"), QStringLiteral("fr")),
              QStringLiteral("influenceur"));
    EXPECT_EQ(Languages::current(), QStringLiteral("en"));
}

TEST(InSentence, SpanishWritesEBeforeAnISoundAndUBeforeAnOSound)
{
    const InLanguage spanish(QStringLiteral("es"));
    const auto conjunctions = [](const char *sentence) {
        return InSentence::conjunctions(QString::fromUtf8(sentence));
    };
    EXPECT_EQ(conjunctions("a la vez social media manager y influencer"),
              QStringLiteral("a la vez social media manager e influencer"));
    EXPECT_EQ(conjunctions("tasa de clics y índice de satisfacción"),
              QStringLiteral("tasa de clics e índice de satisfacción"));
    EXPECT_EQ(conjunctions("alcance y historia"), QStringLiteral("alcance e historia"));
    EXPECT_EQ(conjunctions("uno u otro, o un hotel o ocho"),
              QStringLiteral("uno u otro, o un hotel u ocho"));
    EXPECT_EQ(conjunctions("Y influencer"), QStringLiteral("E influencer"));
    // Before a consonant i sound, and where "y" or "o" is not a word of its own, nothing
    // changes.
    for (const char *kept : {"agua y hielo", "alcance y engagement", "Rey Ignacio", "foto original",
                             "campaña o anuncio"}) {
        EXPECT_EQ(conjunctions(kept), QString::fromUtf8(kept)) << kept;
    }
}

TEST(InSentence, OnlySpanishChangesItsConjunctions)
{
    for (const char *code : {"en", "de", "fr"}) {
        EXPECT_EQ(InSentence::conjunctions(QStringLiteral("il y installe o organiser"),
                                           QString::fromLatin1(code)),
                  QStringLiteral("il y installe o organiser"))
            << code;
    }
}

} // namespace
} // namespace rolelens
