#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace rolelens {

class Catalog;
class SearchTerms;

// Finds documents (roles) by the words they contain, fast enough to answer every keystroke
// at tens of thousands of roles: each text is cut into words once. A query word finds
//  - every word that starts with it ("coord" finds "coordinator"), case and accents ignored
//    ("publicite" finds "publicité", "buro" finds "Büro");
//  - every form of the same word: equal stems (WordStem: "managing" finds "manager");
//  - what its abbreviations, synonyms and equivalents in the other languages find
//    (SearchTerms: "ads", "Werbung", "publicidad" and "publicité" find "advertising", "PR"
//    finds "public relations").
// Query words that spell a term of several words are also taken together: "atención al
// cliente" finds what "customer service" finds. A document matches when it holds every word
// of the query; it scores higher where a word stands in its title, then in an alias, so that
// the best matches can be listed first.
class SearchIndex {
public:
    // Where a word stands in a document, best first.
    enum class Field : std::uint8_t { Title, Alias, Text };
    // The score of one query word found in each field (Field's order); found only through
    // what it stands for (SearchTerms), one less: the role that holds the word typed comes
    // before one that holds a synonym in the same place. A document's score is the sum over
    // the words of the query.
    static constexpr int kFieldScores[] = {8, 4, 2};
    static constexpr int kSynonymPenalty = 1;

    struct Texts {
        QString title;
        QStringList aliases;
        QStringList texts;
    };

    // Uses the built-in SearchTerms.
    SearchIndex();
    explicit SearchIndex(const SearchTerms &terms);

    // One document per role, in the catalog's order: the title, the aliases, and as text the
    // summary, responsibilities and skills (names and descriptions) and the names of its
    // metrics.
    static SearchIndex ofRoles(const Catalog &catalog);

    // Adds the next document; documents are numbered from 0 in the order added. Every
    // document is added before finish().
    void add(const Texts &texts);
    void add(const QString &text) { add(Texts{{}, {}, {text}}); }
    // Call once every document is added, before match().
    void finish();

    // For each document, 0 when some word of the query is not found in it, otherwise how well
    // it matches (kFieldScores); every document scores 1 for an empty query.
    std::vector<int> scores(const QString &query) const;
    // For each document, whether it matches: its score is not 0.
    std::vector<bool> match(const QString &query) const;
    // When nothing matches: the query with each word found nowhere replaced by the nearest
    // word (EditDistance) of the index or of the search terms, when the result matches
    // something ("infuencer" -> "influencer"), accents aside ("publicte" -> "publicité").
    // Otherwise empty.
    QString suggestion(const QString &query) const;
    std::size_t size() const { return m_documents; }

    // The words of a text, case-folded: runs of letters and digits.
    static QStringList words(const QString &text);
    // A case-folded word without its accents, the ligatures œ and æ spelt out ("büro" ->
    // "buro", "réseaux" -> "reseaux", "campaña" -> "campana", "œuvre" -> "oeuvre").
    static QString withoutAccents(const QString &word);

private:
    struct Entry {
        QString word;  // as the text has it, case-folded
        QString plain; // withoutAccents(word): what a query is compared with
        // (document << 2) | field: ascending documents, each once, with the best field.
        std::vector<std::uint32_t> postings;
    };
    struct ViewHash {
        std::size_t operator()(QStringView view) const noexcept { return qHash(view); }
    };
    using WordScores = std::vector<std::uint8_t>; // per document, 0: not found
    // A text's first character -> the entries of its words (see addText).
    using TextCache = QHash<const QChar *, std::vector<std::size_t>>;

    // The entries of the words of `text`, created (with no documents) where new.
    std::vector<std::size_t> entriesOf(const QString &text);
    std::size_t entryFor(QStringView word);
    // Documents arrive in ascending order, their fields best first.
    void addPosting(std::size_t entry, int document, Field field);
    void addText(const QString &text, int document, Field field, TextCache *cache = nullptr);

    // How well each document holds a query word: its own forms, or what it stands for.
    WordScores wordScores(const QString &word) const;
    // Whether some document holds a form of the word whose stem this is.
    bool holdsStem(const QString &stem) const;
    // Raises `scores` by the documents holding each phrase (all its words), less
    // kSynonymPenalty: what a term stands for.
    void raise(WordScores &scores, const QList<QStringList> &phrases) const;
    // How well each document holds the `length` query words from `start` on, which spell a
    // term of several words: the words themselves, or what the term stands for (`phrases`).
    std::vector<int> runScores(const QStringList &queryWords, qsizetype start, qsizetype length,
                               const QList<QStringList> &phrases) const;
    // Raises `scores` by the entries starting with `prefix`, and by those whose stem is
    // `stem` (when not empty), less `penalty`.
    void raise(WordScores &scores, const QString &prefix, const QString &stem,
               int penalty = 0) const;
    void raise(WordScores &scores, const Entry &entry, int penalty) const;
    // The known word nearest to `word`, or empty when none is near enough.
    QString nearestWord(const QString &word) const;

    const SearchTerms *m_terms;
    std::vector<Entry> m_entries; // sorted by plain word once finished
    // Once finished: (stem, entry), sorted by stem.
    std::vector<std::pair<QString, std::uint32_t>> m_stems;
    // While documents are added: word -> entry. The keys view the entries' own strings,
    // whose characters stay put when the vector grows, so a lookup allocates nothing.
    std::unordered_map<QStringView, std::size_t, ViewHash> m_positions;
    std::size_t m_documents = 0;
    bool m_finished = false;
};

} // namespace rolelens
