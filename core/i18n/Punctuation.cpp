#include "i18n/Punctuation.h"

namespace rolelens {

QString Punctuation::labelled(const QString &label, const QString &text)
{
    //: A label and its text, as in "Category: Marketing". French puts a no-break space
    //: (U+00A0) before the colon.
    return tr("%1: %2").arg(label, text);
}

QString Punctuation::colon()
{
    // Read from the one translation, so that the pieces put together read as labelled() does.
    const QString pattern = tr("%1: %2");
    const qsizetype label = pattern.indexOf(QLatin1String("%1"));
    const qsizetype text = pattern.indexOf(QLatin1String("%2"));
    if (label < 0 || text < label + 2) {
        return QStringLiteral(": ");
    }
    return pattern.mid(label + 2, text - label - 2);
}

QString Punctuation::label(const QString &label)
{
    QString closed = label + colon();
    // Only the space after the colon goes; a no-break space before it stays.
    while (closed.endsWith(QLatin1Char(' '))) {
        closed.chop(1);
    }
    return closed;
}

} // namespace rolelens
