#include "i18n/Punctuation.h"

namespace rolelens {
namespace {

// What a translated "%1<mark>%2" puts between its two pieces, so that text joined in pieces
// reads as the whole pattern does; `fallback` where a translation moved the pieces around.
QString between(const QString &pattern, const QString &fallback)
{
    const qsizetype first = pattern.indexOf(QLatin1String("%1"));
    const qsizetype second = pattern.indexOf(QLatin1String("%2"));
    if (first < 0 || second < first + 2) {
        return fallback;
    }
    return pattern.mid(first + 2, second - first - 2);
}

} // namespace

QString Punctuation::labelled(const QString &label, const QString &text)
{
    //: A label and its text, as in "Category: Marketing". French puts a no-break space
    //: (U+00A0) before the colon.
    return tr("%1: %2").arg(label, text);
}

QString Punctuation::colon()
{
    return between(tr("%1: %2"), QStringLiteral(": "));
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

QString Punctuation::semicolons(const QStringList &items)
{
    //: Two items of a list whose items may hold commas, as in "Planning posts; Replying to
    //: comments". French puts a no-break space (U+00A0) before the semicolon.
    return items.join(between(tr("%1; %2"), QStringLiteral("; ")));
}

} // namespace rolelens
