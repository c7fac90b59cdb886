#include "json/JsonLimits.h"

#include "catalog/CatalogLoader.h"
#include "support/QtPrinters.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

QString violation(const QByteArray &bytes)
{
    const auto found = JsonLimits::check(bytes);
    return found ? QStringLiteral("%1: %2").arg(found->offset).arg(found->message)
                 : QStringLiteral("(none)");
}

// The check as it was before it skipped plain ASCII in bulk: the fast one must find exactly
// the same violations at the same offsets.
qsizetype referenceSequenceLength(const QByteArray &bytes, qsizetype at)
{
    const auto byte = [&](qsizetype i) {
        return static_cast<unsigned char>(bytes.at(i));
    };
    const unsigned char lead = byte(at);
    if (lead < 0x80) {
        return 1;
    }
    qsizetype length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (at + length > bytes.size()) {
        return 0;
    }
    for (qsizetype i = 1; i < length; ++i) {
        const unsigned char next = byte(at + i);
        const unsigned char min = i == 1 ? low : 0x80;
        const unsigned char max = i == 1 ? high : 0xBF;
        if (next < min || next > max) {
            return 0;
        }
    }
    return length;
}

QString referenceViolation(const QByteArray &bytes, qsizetype maxStringBytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = referenceSequenceLength(bytes, i);
        if (length == 0) {
            return QStringLiteral("%1: utf8").arg(i);
        }
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\') {
                i += 1 + (i + 1 < bytes.size() ? referenceSequenceLength(bytes, i + 1) : 0);
                continue;
            }
            if (c == '"') {
                inString = false;
            } else if (i - stringStart > maxStringBytes) {
                return QStringLiteral("%1: long").arg(stringStart);
            }
        } else if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > maxDepth) {
                return QStringLiteral("%1: deep").arg(i);
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
        i += length;
    }
    return QStringLiteral("(none)");
}

QString shortViolation(const QByteArray &bytes)
{
    const auto found = JsonLimits::check(bytes);
    if (!found) {
        return QStringLiteral("(none)");
    }
    const QString kind = found->message.contains(QStringLiteral("UTF-8")) ? QStringLiteral("utf8")
                         : found->message.contains(QStringLiteral("longer"))
                             ? QStringLiteral("long")
                             : QStringLiteral("deep");
    return QStringLiteral("%1: %2").arg(found->offset).arg(kind);
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

TEST(JsonLimits, FindsWhatTheByteByByteCheckFound)
{
    // Pieces that exercise every state change, near-limit strings and bad UTF-8, glued at
    // random so that they straddle the eight-byte steps at every alignment.
    const QList<QByteArray> pieces{"{",
                                   "}",
                                   "[",
                                   "]",
                                   "\"",
                                   "\\",
                                   "\\\"",
                                   "a",
                                   "abcdefgh",
                                   " ",
                                   "\n",
                                   ":",
                                   ",",
                                   "\xc3\xa9",
                                   "\xe2\x82\xac",
                                   "\xf0\x9d\x84\x9e",
                                   "\xff",
                                   "\xc0\xaf",
                                   "\xed\xa0\x80",
                                   "\xe2\x82",
                                   QByteArray(JsonLimits::kMaxStringBytes - 3, 'x'),
                                   QByteArray(40, '['),
                                   QByteArray(17, 'y')};
    // A multi-byte character that ends past the length limit, at every offset around it.
    for (qsizetype before = JsonLimits::kMaxStringBytes - 10;
         before <= JsonLimits::kMaxStringBytes + 2; ++before) {
        const QByteArray bytes = "[\"" + QByteArray(before, 'x') + "\xf0\x9d\x84\x9e" + "yz\"]";
        ASSERT_EQ(shortViolation(bytes),
                  referenceViolation(bytes, JsonLimits::kMaxStringBytes, JsonLimits::kMaxDepth))
            << before;
    }
    QRandomGenerator random(8);
    int violations = 0;
    for (int i = 0; i < 15000; ++i) {
        QByteArray bytes;
        const int count = random.bounded(1, 40);
        for (int j = 0; j < count; ++j) {
            // Mostly harmless pieces, so that some inputs pass and the rest fail late.
            const qsizetype index =
                random.bounded(10) < 8 ? random.bounded(13) : random.bounded(pieces.size());
            bytes += pieces.at(index);
        }
        const QString expected =
            referenceViolation(bytes, JsonLimits::kMaxStringBytes, JsonLimits::kMaxDepth);
        violations += expected == QStringLiteral("(none)") ? 0 : 1;
        ASSERT_EQ(shortViolation(bytes), expected) << bytes.toHex().constData();
    }
    EXPECT_GT(violations, 500);
    EXPECT_LT(violations, 14500);
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
