#include "i18n/Punctuation.h"

#include "support/InLanguage.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::InLanguage;

const QString kLabel = QStringLiteral("Label");
const QString kText = QStringLiteral("text");
const QStringList kItems{QStringLiteral("Posts, photos"), QStringLiteral("Replies")};

TEST(Punctuation, EnglishGermanAndSpanishPutColonsAndSemicolonsRightAfterTheWord)
{
    EXPECT_EQ(Punctuation::labelled(kLabel, kText), QStringLiteral("Label: text"));
    EXPECT_EQ(Punctuation::colon(), QStringLiteral(": "));
    EXPECT_EQ(Punctuation::label(kLabel), QStringLiteral("Label:"));
    EXPECT_EQ(Punctuation::semicolons(kItems), QStringLiteral("Posts, photos; Replies"));
    for (const char *code : {"de", "es"}) {
        const InLanguage language(QString::fromLatin1(code));
        EXPECT_EQ(Punctuation::labelled(kLabel, kText), QStringLiteral("Label: text")) << code;
        EXPECT_EQ(Punctuation::colon(), QStringLiteral(": ")) << code;
        EXPECT_EQ(Punctuation::label(kLabel), QStringLiteral("Label:")) << code;
        EXPECT_EQ(Punctuation::semicolons(kItems), QStringLiteral("Posts, photos; Replies"))
            << code;
    }
}

TEST(Punctuation, FrenchPutsANoBreakSpaceBeforeColonsAndSemicolons)
{
    const InLanguage french(QStringLiteral("fr"));
    EXPECT_EQ(Punctuation::labelled(QStringLiteral("Catégorie"), QStringLiteral("Marketing")),
              QStringLiteral("Catégorie\u00a0: Marketing"));
    EXPECT_EQ(Punctuation::colon(), QStringLiteral("\u00a0: "));
    // A label closing its line keeps the no-break space, and only that.
    EXPECT_EQ(Punctuation::label(QStringLiteral("Pour")), QStringLiteral("Pour\u00a0:"));
    EXPECT_EQ(Punctuation::semicolons({QStringLiteral("Publications"), QStringLiteral("Réponses"),
                                       QStringLiteral("Analyse")}),
              QStringLiteral("Publications\u00a0; Réponses\u00a0; Analyse"));
    EXPECT_EQ(Punctuation::semicolons({QStringLiteral("Seul")}), QStringLiteral("Seul"));
}

TEST(Punctuation, EnglishComesBackAfterAnotherLanguage)
{
    {
        const InLanguage french(QStringLiteral("fr"));
    }
    EXPECT_EQ(Punctuation::labelled(kLabel, kText), QStringLiteral("Label: text"));
}

} // namespace
} // namespace rolelens
