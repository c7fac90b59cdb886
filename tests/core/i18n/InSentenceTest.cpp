#include "i18n/InSentence.h"

#include "i18n/Languages.h"

#include <QCoreApplication>
#include <QLocale>

#include <gtest/gtest.h>

#include <memory>

namespace rolelens {
namespace {

// Each test speaks one language, through the program's own switch, and hands English (and the
// locale it found) back, so that no other test in the process reads German by accident.
class InSentenceTest : public ::testing::Test {
protected:
    // Languages installs translators, which Qt takes only from an application object.
    static void SetUpTestSuite()
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "rolelens_core_tests";
            static char *argv[] = {name, nullptr};
            s_application = std::make_unique<QCoreApplication>(argc, argv);
        }
    }

    static void TearDownTestSuite() { s_application.reset(); }

    void TearDown() override
    {
        Languages::use(QStringLiteral("en"));
        QLocale::setDefault(m_locale);
    }

    static QString inSentence(const char *text)
    {
        return InSentence::label(QString::fromUtf8(text));
    }

    QLocale m_locale;
    static inline std::unique_ptr<QCoreApplication> s_application;
};

TEST_F(InSentenceTest, EnglishLowersTheFirstLetterOnly)
{
    ASSERT_EQ(Languages::current(), QStringLiteral("en"));
    EXPECT_EQ(inSentence("Social media manager"), QStringLiteral("social media manager"));
    EXPECT_EQ(inSentence("A lasting presence that grows over months"),
              QStringLiteral("a lasting presence that grows over months"));
    EXPECT_EQ(inSentence("Click-through rate (CTR)"), QStringLiteral("click-through rate (CTR)"));
    EXPECT_EQ(inSentence("Return on ad spend (ROAS)"), QStringLiteral("return on ad spend (ROAS)"));
}

TEST_F(InSentenceTest, EnglishKeepsAcronymsAndBrands)
{
    for (const char *kept : {"ROAS", "SMM", "SEO specialist", "PR specialist", "TikTok creator",
                             "LinkedIn manager", "YouTube channel"}) {
        EXPECT_EQ(inSentence(kept), QString::fromUtf8(kept)) << kept;
    }
    EXPECT_EQ(inSentence("Marketing ROI"), QStringLiteral("marketing ROI"));
    EXPECT_EQ(inSentence("already lower"), QStringLiteral("already lower"));
    EXPECT_EQ(inSentence(""), QString());
    EXPECT_EQ(inSentence("3D designer"), QStringLiteral("3D designer"));
}

TEST_F(InSentenceTest, GermanKeepsEveryCapital)
{
    Languages::use(QStringLiteral("de"));
    ASSERT_EQ(Languages::current(), QStringLiteral("de"));
    EXPECT_EQ(inSentence("Social-Media-Manager"), QStringLiteral("Social-Media-Manager"));
    EXPECT_EQ(inSentence("Sofortige Sichtbarkeit, für einen Launch oder ein Event"),
              QStringLiteral("Sofortige Sichtbarkeit, für einen Launch oder ein Event"));
    EXPECT_EQ(inSentence("Klickrate (CTR)"), QStringLiteral("Klickrate (CTR)"));
    EXPECT_EQ(inSentence("PR-Spezialist"), QStringLiteral("PR-Spezialist"));
}

TEST_F(InSentenceTest, SpanishLowersTheFirstLetterOnly)
{
    Languages::use(QStringLiteral("es"));
    ASSERT_EQ(Languages::current(), QStringLiteral("es"));
    EXPECT_EQ(inSentence("Especialista en atención al cliente"),
              QStringLiteral("especialista en atención al cliente"));
    EXPECT_EQ(inSentence("Tasa de clics (CTR)"), QStringLiteral("tasa de clics (CTR)"));
    EXPECT_EQ(inSentence("Índice de satisfacción (CSAT)"),
              QStringLiteral("índice de satisfacción (CSAT)"));
    EXPECT_EQ(inSentence("ROI de marketing"), QStringLiteral("ROI de marketing"));
    EXPECT_EQ(inSentence("TikTok"), QStringLiteral("TikTok"));
}

TEST_F(InSentenceTest, FrenchLowersTheFirstLetterOnly)
{
    Languages::use(QStringLiteral("fr"));
    ASSERT_EQ(Languages::current(), QStringLiteral("fr"));
    EXPECT_EQ(inSentence("Assistant administratif"), QStringLiteral("assistant administratif"));
    EXPECT_EQ(inSentence("Spécialiste du service client"),
              QStringLiteral("spécialiste du service client"));
    EXPECT_EQ(inSentence("Retour sur dépenses publicitaires (ROAS)"),
              QStringLiteral("retour sur dépenses publicitaires (ROAS)"));
    EXPECT_EQ(inSentence("ROI marketing"), QStringLiteral("ROI marketing"));
    EXPECT_EQ(inSentence("SMM"), QStringLiteral("SMM"));
}

TEST_F(InSentenceTest, AnExplicitLanguageNeedsNoSwitch)
{
    EXPECT_EQ(InSentence::label(QStringLiteral("Social-Media-Manager"), QStringLiteral("de")),
              QStringLiteral("Social-Media-Manager"));
    EXPECT_EQ(InSentence::label(QStringLiteral("Influenceur"), QStringLiteral("fr")),
              QStringLiteral("influenceur"));
    EXPECT_EQ(Languages::current(), QStringLiteral("en"));
}

} // namespace
} // namespace rolelens
