#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace rolelens {

// Limits every JSON file must keep before it is parsed, so that a hostile or damaged file
// is refused with a clear message instead of exhausting memory or the stack: valid UTF-8,
// nesting no deeper than kMaxDepth, no string longer than kMaxStringBytes. File sizes are
// limited by each loader (catalogs 8 MiB, scenarios 1 MiB).
class JsonLimits {
    Q_DECLARE_TR_FUNCTIONS(JsonLimits)

public:
    static constexpr int kMaxDepth = 32;
    static constexpr qsizetype kMaxStringBytes = 16 * 1024;

    struct Violation {
        qsizetype offset = 0; // of the first offending byte
        QString message;
    };

    static std::optional<Violation> check(const QByteArray &bytes);
};

} // namespace rolelens
