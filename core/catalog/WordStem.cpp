#include "catalog/WordStem.h"

namespace rolelens {
namespace {

// A stem keeps at least this many letters: "used" stays "used" rather than "us".
constexpr qsizetype kMinStem = 3;

bool isVowel(QChar letter)
{
    return QStringView(u"aeiouy").contains(letter);
}

bool hasVowel(QStringView word)
{
    for (const QChar letter : word) {
        if (isVowel(letter)) {
            return true;
        }
    }
    return false;
}

// Removes `suffix` when what is left is long enough and still holds a vowel ("string" keeps
// its "ing": "str" has none).
bool strip(QString &word, QStringView suffix, qsizetype minStem = kMinStem)
{
    if (!word.endsWith(suffix) || word.size() - suffix.size() < minStem ||
        !hasVowel(QStringView(word).left(word.size() - suffix.size()))) {
        return false;
    }
    word.chop(suffix.size());
    return true;
}

// "planning" -> "plann" -> "plan", as "plan" and "planner" -> "plan"; "selling" keeps its
// double l ("sell"), as do s and z.
void undouble(QString &word)
{
    const qsizetype size = word.size();
    if (size > kMinStem && word.at(size - 1) == word.at(size - 2) && !isVowel(word.at(size - 1)) &&
        !QStringView(u"lsz").contains(word.at(size - 1))) {
        word.chop(1);
    }
}

} // namespace

QString wordStem(QStringView word)
{
    QString stem = word.toString();
    // Plurals and the third person first: "agencies", "classes", "managers", "ads".
    if (stem.endsWith(u"ies") && stem.size() - 3 >= kMinStem - 1) {
        stem.chop(3);
        stem.append(u'y');
    } else if (stem.endsWith(u"sses")) {
        stem.chop(2);
    } else if (stem.endsWith(u's') && !stem.endsWith(u"ss") && !stem.endsWith(u"us") &&
               !stem.endsWith(u"is") && stem.size() > 2) {
        stem.chop(1);
    }
    // French plurals in -x, which the English rules leave whole: "reseaux", "sociaux".
    if (stem.endsWith(u"eaux") && stem.size() > 4) {
        stem.chop(1);
    } else if (stem.endsWith(u"aux") && stem.size() > 4) {
        stem.chop(2);
        stem.append(u'l');
    }
    // The feminine of agent nouns is the masculine's, so that either finds the other:
    // "influenceuse", "redactrice", "gestora". The masculine ends in -or or -eur, which the
    // English rules leave alone; a word this short is no such noun ("hora", "flora").
    constexpr qsizetype kMinFeminine = 6;
    if (stem.size() >= kMinFeminine) {
        if (stem.endsWith(u"euse")) {
            stem.chop(2);
            stem.append(u'r');
        } else if (stem.endsWith(u"trice")) {
            stem.chop(4);
            stem.append(u"eur");
        } else if (stem.endsWith(u"ora")) {
            stem.chop(1);
        }
    }
    // One inflection or agent ending, then what it may have exposed.
    if (strip(stem, u"ing") || strip(stem, u"ed") || strip(stem, u"er")) {
        undouble(stem);
    } else {
        // Five letters left at least: "management" is "manage", but "comment" is no "com".
        strip(stem, u"ment", 5);
    }
    if (stem.endsWith(u'e') && stem.size() - 1 >= kMinStem) {
        stem.chop(1);
    }
    // "reply", "replies", "replied": one stem, "repli".
    if (stem.size() > kMinStem && stem.endsWith(u'y') && !isVowel(stem.at(stem.size() - 2))) {
        stem.back() = u'i';
    }
    return stem;
}

} // namespace rolelens
