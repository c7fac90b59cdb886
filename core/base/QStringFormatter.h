#pragma once

#include <QString>

#include <fmt/format.h>

#include <string_view>

// Lets spdlog and fmt format QString arguments directly.
template <> struct fmt::formatter<QString> : fmt::formatter<std::string_view> {
    template <typename FormatContext> auto format(const QString &text, FormatContext &context) const
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())), context);
    }
};
