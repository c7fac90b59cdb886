#include "JsonLimits.h"

#include "CatalogLoader.h"
#include "QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

QString violation(const QByteArray &bytes)
{
    const auto found = JsonLimits::check(bytes);
    return found ? QStringLiteral("%1: %2").arg(found->offset).arg(found->message)
                 : QStringLiteral("(none)");
}

TEST(JsonLimits, OrdinaryJsonPasses)
{
    EXPECT_EQ(violation(R"({"a": [1, {"b": "x\"]]]]"}], "c": "ü€𝄞"})"), QStringLiteral("(none)"));
    EXPECT_EQ(violation(QByteArray()), QStringLiteral("(none)"));
}

TEST(JsonLimits, InvalidUtf8IsRefusedAtItsOffset)
{
    EXPECT_EQ(violation("{\"a\": \"\xff\"}"), QStringLiteral("7: the file is not valid UTF-8"));
    // Overlong encoding of '/', a UTF-16 surrogate, a code point above U+10FFFF, a cut-off
    // sequence at the end.
    for (const QByteArray &bad : {QByteArray("\xc0\xaf"), QByteArray("\xed\xa0\x80"),
                                  QByteArray("\xf4\x90\x80\x80"), QByteArray("\xe2\x82")}) {
        EXPECT_TRUE(violation(bad).startsWith(QStringLiteral("0: the file is not valid")))
            << bad.toHex().constData();
    }
}

TEST(JsonLimits, DeepNestingIsRefused)
{
    const QByteArray fine =
        QByteArray(JsonLimits::kMaxDepth, '[') + QByteArray(JsonLimits::kMaxDepth, ']');
    EXPECT_EQ(violation(fine), QStringLiteral("(none)"));
    const QByteArray deep = QByteArray(100000, '[');
    EXPECT_EQ(violation(deep), QStringLiteral("%1: nested deeper than %2 levels")
                                   .arg(JsonLimits::kMaxDepth)
                                   .arg(JsonLimits::kMaxDepth));
    // Brackets inside strings do not count.
    EXPECT_EQ(violation("[\"" + QByteArray(1000, '[') + "\"]"), QStringLiteral("(none)"));
}

TEST(JsonLimits, LongStringsAreRefused)
{
    const QByteArray fine = "\"" + QByteArray(JsonLimits::kMaxStringBytes, 'x') + "\"";
    EXPECT_EQ(violation(fine), QStringLiteral("(none)"));
    const QByteArray longOne = "[1, \"" + QByteArray(JsonLimits::kMaxStringBytes + 2, 'x') + "\"]";
    EXPECT_TRUE(violation(longOne).startsWith(QStringLiteral("4: a string is longer than")));
}

TEST(JsonLimits, LoadersReportViolationsWithLineAndColumn)
{
    CatalogLoader loader;
    loader.addBytes("{\n  \"format\": \"rolelens-catalog\",\n  \"x\": \"caf\xe9\"\n}",
                    QStringLiteral("latin1.json"));
    const auto result = loader.finish();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors().first().toString(),
              QStringLiteral("latin1.json:3:12: the file is not valid UTF-8"));
}

} // namespace
} // namespace rolelens
