#include "JsonLimits.h"

namespace rolelens {
namespace {

// The length of the UTF-8 sequence starting at `at`, or 0 when it is not well-formed
// (overlong forms, surrogates and code points above U+10FFFF included).
qsizetype utf8SequenceLength(const QByteArray &bytes, qsizetype at)
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

} // namespace

std::optional<JsonLimits::Violation> JsonLimits::check(const QByteArray &bytes)
{
    int depth = 0;
    bool inString = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const qsizetype length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            return Violation{i, tr("the file is not valid UTF-8")};
        }
        const char c = bytes.at(i);
        if (inString) {
            if (c == '\\') {
                // An escape: the next character is part of the string whatever it is.
                i += 1 + (i + 1 < bytes.size() ? utf8SequenceLength(bytes, i + 1) : 0);
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
