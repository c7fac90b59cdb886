#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace rolelens {

// The trade's abbreviations and synonyms, and German words for them, that a role search also
// looks for: "ads" finds "advertising", "PR" finds "public relations", "Werbung" finds
// "advertising". Data, not code: resources/search/search-terms.json, where the format is
// described in its "about" field. Each group lists equivalent terms; a term of several words
// stands for all of them.
class SearchTerms {
    Q_DECLARE_TR_FUNCTIONS(SearchTerms)

public:
    static constexpr int kFormatVersion = 1;
    // A query word this long or longer also expands the one-word terms it begins, so that the
    // table helps while a word is typed ("werb" finds what "Werbung" finds); a shorter one
    // would expand too much ("ad" is the start of many words).
    static constexpr qsizetype kMinPrefix = 4;

    // The built-in table, read once from the core library's resources.
    static const SearchTerms &builtIn();
    // Reads a table; every problem names its JSON path.
    static Result<SearchTerms> parse(const QByteArray &json, const QString &fileName);

    // The phrases a (case-folded) query word also stands for, each as its case-folded words:
    // for "ads", {"advertising"}, {"ad"}, {"paid", "social"}, ..., {"werbung"}, ...; none
    // when the word is in no group. A word matches a term with the same stem (WordStem),
    // with or without accents ("buro" is "Büro").
    QList<QStringList> expansions(QStringView word) const;
    // Every one-word term, case-folded: words a misspelt query may have meant.
    QStringList words() const;

private:
    using Key = std::pair<QString, int>; // what a word is compared with, the group

    // The groups, each a list of phrases.
    QList<QList<QStringList>> m_groups;
    // Sorted by their first member: the stems of the one-word terms, and the terms themselves
    // (without accents) for the start of a word.
    std::vector<Key> m_stems;
    std::vector<Key> m_words;
};

} // namespace rolelens
