#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace rolelens {

// The trade's abbreviations and synonyms, and the words for them in each language the program
// speaks (Languages), that a role search also looks for: "ads" finds "advertising", "PR"
// finds "public relations", "Werbung", "publicidad" and "publicité" find "advertising", and
// "atención al cliente" finds "customer service" whatever the language of the catalog. Data,
// not code: resources/search/search-terms.json, where the format is described in its "about"
// field. Each group lists equivalent terms; a term of several words stands for all of them.
class SearchTerms {
    Q_DECLARE_TR_FUNCTIONS(SearchTerms)

public:
    static constexpr int kFormatVersion = 1;
    // A query word this long or longer also expands the one-word terms it begins, so that the
    // table helps while a word is typed ("werb" finds what "Werbung" finds); a shorter one
    // would expand too much ("ad" is the start of many words).
    static constexpr qsizetype kMinPrefix = 4;
    // Whether a query word expands the terms it begins: not a word the user has finished,
    // which the catalog holds in some form ("public" is no "publicidad" being typed, "post"
    // no "postventa").
    enum class Begun : bool { Whole, Typing };

    // The built-in table, read once from the core library's resources.
    static const SearchTerms &builtIn();
    // Reads a table; every problem names its JSON path.
    static Result<SearchTerms> parse(const QByteArray &json, const QString &fileName);

    // The phrases a (case-folded) query word also stands for, each as its case-folded words:
    // for "ads", {"advertising"}, {"ad"}, {"paid", "social"}, ..., {"werbung"}, ...; none
    // when the word is in no group. A word matches a term with the same stem (WordStem),
    // with or without accents ("buro" is "Büro"), and while `begun` is Typing a term it
    // begins (kMinPrefix).
    QList<QStringList> expansions(QStringView word, Begun begun = Begun::Typing) const;
    // Every one-word term, case-folded: words a misspelt query may have meant.
    QStringList words() const;

    // A run of query words that spells a term of several words, and the phrases of the
    // term's groups (as expansions() gives them).
    struct PhraseMatch {
        qsizetype start = 0;
        qsizetype length = 0; // in words, two or more
        QList<QStringList> phrases;
    };
    // The terms of several words that the (case-folded) query words spell, each word matched
    // by stem, with or without accents: from the left, the longest term at each word, none
    // overlapping ("servicio al cliente", "réseaux sociaux"). Spanish and French name things
    // in several words where German makes one, and their speakers type them so.
    QList<PhraseMatch> phrasesIn(const QStringList &words) const;

private:
    using Key = std::pair<QString, int>; // what a word is compared with, the group

    // The stems of words without their accents: what terms are compared by.
    static QStringList stems(const QStringList &words);
    // Every phrase of the groups, each once, in the groups' order.
    QList<QStringList> phrasesOf(const QList<int> &groups) const;

    // The groups, each a list of phrases.
    QList<QList<QStringList>> m_groups;
    // Sorted by their first member: the stems of the one-word terms, and the terms themselves
    // (without accents) for the start of a word.
    std::vector<Key> m_stems;
    std::vector<Key> m_words;
    // The terms of several words as their stems, and their groups: longest first.
    std::vector<std::pair<QStringList, int>> m_phrases;
};

} // namespace rolelens
