#include "cli/TextWrap.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

TEST(TextWrap, BreaksBetweenWordsWithinTheWidth)
{
    const QStringList lines = textwrap::wrap(QStringLiteral("one two three four five"), 10,
                                             QStringLiteral("  "), QStringLiteral("- "));
    EXPECT_EQ(lines, (QStringList{QStringLiteral("- one two"), QStringLiteral("  three"),
                                  QStringLiteral("  four"), QStringLiteral("  five")}));
}

TEST(TextWrap, KeepsOverlongWordsWhole)
{
    const QStringList lines = textwrap::wrap(
        QStringLiteral("a https://example.com/a/very/long/path b"), 12, QString(), QString());
    EXPECT_EQ(lines, (QStringList{QStringLiteral("a"),
                                  QStringLiteral("https://example.com/a/very/long/path"),
                                  QStringLiteral("b")}));
}

TEST(TextWrap, EmptyTextGivesOneLine)
{
    EXPECT_EQ(textwrap::wrap(QString(), 80, QString(), QStringLiteral("x")),
              QStringList{QStringLiteral("x")});
}

} // namespace
} // namespace rolelens
