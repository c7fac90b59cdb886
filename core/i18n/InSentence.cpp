#include "i18n/InSentence.h"

#include "i18n/Languages.h"

#include <QRegularExpression>

namespace rolelens {

QString InSentence::label(const QString &text)
{
    return label(text, Languages::current());
}

QString InSentence::label(const QString &text, const QString &language)
{
    // German capitalises every noun, so a title keeps its capital anywhere in a sentence; its
    // adjectives and articles would not, but the catalog does not say which word is which.
    if (language == QLatin1String("de") || text.isEmpty() || !text.at(0).isUpper()) {
        return text;
    }
    // Only the first word decides, and only its first letter changes: "Click-through rate
    // (CTR)" keeps its acronym. A capital after the first letter marks an acronym ("ROAS",
    // "SMM", "PR-Spezialist") or a brand ("TikTok", "LinkedIn"), which keep every letter.
    for (qsizetype i = 1; i < text.size() && text.at(i).isLetter(); ++i) {
        if (text.at(i).isUpper()) {
            return text;
        }
    }
    QString lowered = text;
    lowered[0] = text.at(0).toLower();
    return lowered;
}

QString InSentence::conjunctions(const QString &sentence)
{
    return conjunctions(sentence, Languages::current());
}

QString InSentence::conjunctions(const QString &sentence, const QString &language)
{
    if (language != QLatin1String("es")) {
        return sentence;
    }
    // "y" before i- or hi-, but not before hie-, hia-...: there the i is a consonant sound
    // ("y hielo"). "o" before o- or ho-.
    static const QRegularExpression andBeforeI(
        QStringLiteral("(?<![\\p{L}\\p{N}])([yY])(?= (?:[iIíÍ]|[hH][iIíÍ](?![aeouáéóú])))"));
    static const QRegularExpression orBeforeO(
        QStringLiteral("(?<![\\p{L}\\p{N}])([oO])(?= [hH]?[oOóÓ])"));
    QString result = sentence;
    for (auto match = andBeforeI.match(result); match.hasMatch();
         match = andBeforeI.match(result, match.capturedEnd())) {
        result[match.capturedStart(1)] = match.captured(1) == QLatin1String("Y") ? u'E' : u'e';
    }
    for (auto match = orBeforeO.match(result); match.hasMatch();
         match = orBeforeO.match(result, match.capturedEnd())) {
        result[match.capturedStart(1)] = match.captured(1) == QLatin1String("O") ? u'U' : u'u';
    }
    return result;
}

} // namespace rolelens
