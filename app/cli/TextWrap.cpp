#include "cli/TextWrap.h"

#include <QRegularExpression>

namespace rolelens::textwrap {

QStringList wrap(const QString &text, int width, const QString &indent, const QString &firstIndent)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList words = text.split(whitespace, Qt::SkipEmptyParts);
    QStringList lines;
    QString line = firstIndent;
    qsizetype prefixLength = firstIndent.size();
    for (const auto &word : words) {
        const bool lineHasWords = line.size() > prefixLength;
        if (lineHasWords && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line = indent;
            prefixLength = indent.size();
        }
        if (line.size() > prefixLength) {
            line += QLatin1Char(' ');
        }
        line += word;
    }
    if (line.size() > prefixLength || lines.isEmpty()) {
        lines.append(line);
    }
    return lines;
}

QString wrapped(const QString &text, const QString &indent, const QString &firstIndent)
{
    return wrap(text, kTerminalWidth, indent, firstIndent).join(QLatin1Char('\n')) +
           QLatin1Char('\n');
}

QString wrapped(const QString &text, const QString &indent)
{
    return wrapped(text, indent, indent);
}

} // namespace rolelens::textwrap
