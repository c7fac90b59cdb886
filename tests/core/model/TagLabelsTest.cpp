#include "model/TagLabels.h"

#include "model/Dimension.h"
#include "support/InLanguage.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// Tags are ids in files and JSON; readers see keywords in their language.
namespace rolelens {
namespace {

TEST(TagLabels, EveryTagOfEveryDimensionHasAKeywordInEachLanguage)
{
    for (const char *language : {"en", "de", "es", "fr"}) {
        const testing::InLanguage speaking(QString::fromLatin1(language));
        QStringList seen;
        for (const auto dimension : dimensions::all()) {
            for (const auto &tag : dimensions::vocabulary(dimension)) {
                EXPECT_TRUE(tags::hasKeyword(tag)) << qPrintable(tag);
                const QString label = tags::label(tag);
                EXPECT_FALSE(label.isEmpty());
                EXPECT_FALSE(seen.contains(label)) << language << ": " << qPrintable(label);
                seen.append(label);
            }
        }
    }
}

TEST(TagLabels, KeywordsFollowTheLanguageAndUnknownTagsShowAsTheyAre)
{
    EXPECT_EQ(tags::labels({QStringLiteral("brand-presence"), QStringLiteral("two-way")}),
              QStringLiteral("brand presence, two-way"));
    EXPECT_EQ(tags::label(QStringLiteral("my-own-tag")), QStringLiteral("my-own-tag"));
    const testing::InLanguage german(QStringLiteral("de"));
    EXPECT_EQ(tags::label(QStringLiteral("brand-presence")), QStringLiteral("Markenpräsenz"));
}

} // namespace
} // namespace rolelens
