#include "advisor/IndefiniteArticle.h"

#include <QStringList>

namespace rolelens {
namespace {

// Letters whose names begin with a vowel sound: "an FAQ editor", "an SEO specialist".
const QString kVowelSoundLetters = QStringLiteral("AEFHILMNORSX");

// Words that begin with a vowel letter but a consonant sound ("a user", "a European", "a
// one-person team"), and with a consonant letter but a vowel sound ("an hour", "an
// honest"). Enough for job titles; the rest follow their first letter.
const QStringList kVowelLettersSoundingConsonant{
    QStringLiteral("uni"),  QStringLiteral("use"), QStringLiteral("usu"), QStringLiteral("uti"),
    QStringLiteral("euro"), QStringLiteral("one"), QStringLiteral("once")};
const QStringList kSilentH{QStringLiteral("hour"), QStringLiteral("honest"),
                           QStringLiteral("honor"), QStringLiteral("honour"),
                           QStringLiteral("heir")};

} // namespace

bool IndefiniteArticle::takesAn(const QString &title)
{
    const QString word = title.trimmed().section(QLatin1Char(' '), 0, 0);
    if (word.isEmpty()) {
        return false;
    }
    // "SEO", "UX", "PR": read letter by letter.
    const bool acronym = word.size() > 1 && word == word.toUpper() && word.at(1).isLetter();
    if (acronym) {
        return kVowelSoundLetters.contains(word.at(0).toUpper());
    }
    const QString lower = word.toLower();
    for (const QString &prefix : kVowelLettersSoundingConsonant) {
        if (lower.startsWith(prefix)) {
            return false;
        }
    }
    for (const QString &prefix : kSilentH) {
        if (lower.startsWith(prefix)) {
            return true;
        }
    }
    return QStringLiteral("aeiou").contains(lower.at(0));
}

} // namespace rolelens
