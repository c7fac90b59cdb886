#include "json/JsonLimits.h"

#include <QtAlgorithms>

#include <algorithm>
#include <cstring>

namespace rolelens {
namespace {

// The length of the UTF-8 sequence starting at `at`, or 0 when it is not well-formed
// (overlong forms, surrogates and code points above U+10FFFF included).
qsizetype utf8SequenceLength(const char *bytes, qsizetype size, qsizetype at)
{
    const auto byte = [&](qsizetype i) {
        return static_cast<unsigned char>(bytes[i]);
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
    if (at + length > size) {
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

// Eight bytes at a time: a mask with the high bit set in every byte that has its own high bit
// set or equals one of `stops`. (x - 0x01..01) & ~x & 0x80..80 marks the zero bytes of x;
// it can also mark a byte above a true zero, never one below, so the lowest mark is exact.
template <char... stops> quint64 stopMask(const char *at)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    constexpr quint64 highs = 0x8080808080808080ULL;
    quint64 word = 0;
    std::memcpy(&word, at, sizeof word);
    const auto zeros = [&](quint64 x) {
        return (x - ones) & ~x & highs;
    };
    return (word & highs) | (zeros(word ^ (ones * static_cast<unsigned char>(stops))) | ...);
}

// The offset of the first byte at or after `i`, and before `end`, that stopMask would mark;
// `end` when there is none, and `i` itself when it is already at or past `end` (a multi-byte
// character can end past the length limit, which the general path must then report).
template <char... stops> qsizetype skipPlain(const char *data, qsizetype i, qsizetype end)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "the lowest mark must be the first byte");
    if (i >= end) {
        return i;
    }
    for (; i + 8 <= end; i += 8) {
        if (const quint64 mask = stopMask<stops...>(data + i)) {
            return i + static_cast<qsizetype>(qCountTrailingZeroBits(mask) / 8);
        }
    }
    for (; i < end; ++i) {
        const char c = data[i];
        if (static_cast<unsigned char>(c) >= 0x80 || ((c == stops) || ...)) {
            return i;
        }
    }
    return end;
}

} // namespace

std::optional<JsonLimits::Violation> JsonLimits::check(const QByteArray &bytes)
{
    // Every byte of every file read passes here, so plain ASCII, by far the most common, is
    // skipped in tight loops; only the bytes that change the state take the general path.
    const char *data = bytes.constData();
    const qsizetype size = bytes.size();
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < size;) {
        if (inString) {
            // Up to the first character past the length limit, which the general path reports.
            i = skipPlain<'\\', '"'>(data, i, std::min(size, stringStart + kMaxStringBytes + 1));
        } else {
            i = skipPlain<'"', '{', '[', '}', ']'>(data, i, size);
        }
        if (i >= size) {
            break;
        }
        const qsizetype length = utf8SequenceLength(data, size, i);
        if (length == 0) {
            return Violation{i, tr("the file is not valid UTF-8")};
        }
        const char c = data[i];
        if (inString) {
            if (c == '\\') {
                // An escape: the next character is part of the string whatever it is.
                i += 1 + (i + 1 < size ? utf8SequenceLength(data, size, i + 1) : 0);
                continue;
            }
            if (c == '"') {
                inString = false;
            } else if (i - stringStart > kMaxStringBytes) {
                return Violation{stringStart,
                                 tr("a string is longer than %1 bytes").arg(kMaxStringBytes)};
            }
        } else if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxDepth) {
                return Violation{i, tr("nested deeper than %1 levels").arg(kMaxDepth)};
            }
        } else if (c == '}' || c == ']') {
            --depth;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace rolelens
