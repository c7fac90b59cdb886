#pragma once

#include <QString>
#include <QStringList>

namespace rolelens {

// Word-wraps prose for a fixed-width terminal.
namespace textwrap {

constexpr int kTerminalWidth = 80;

// Lines of at most `width` characters, each prefixed by `indent` (the first by
// `firstIndent` when given). Words longer than a line are kept whole.
QStringList wrap(const QString &text, int width, const QString &indent, const QString &firstIndent);
QString wrapped(const QString &text, const QString &indent, const QString &firstIndent);
QString wrapped(const QString &text, const QString &indent);

} // namespace textwrap
} // namespace rolelens
