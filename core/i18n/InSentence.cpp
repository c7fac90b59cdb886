#include "i18n/InSentence.h"

#include "i18n/Languages.h"

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

} // namespace rolelens
