#pragma once

#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace rolelens {

class Catalog;

// Finds documents (roles) by the words they contain, fast enough to answer every keystroke
// at tens of thousands of roles: each text is cut into words once, and a query word matches
// every word that starts with it ("coord" finds "coordinator"). Case is ignored.
class SearchIndex {
public:
    // One document per role, in the catalog's order: title, aliases, summary,
    // responsibilities and skills (names and descriptions) and the names of its metrics.
    static SearchIndex ofRoles(const Catalog &catalog);

    // Adds the next document; documents are numbered from 0 in the order added. Every
    // document is added before finish().
    void add(const QString &text);
    // Call once every document is added, before match().
    void finish();

    // For each document, whether it contains a word starting with each word of the query;
    // every document matches an empty query.
    std::vector<bool> match(const QString &query) const;
    std::size_t size() const { return m_documents; }

    // The words of a text, case-folded: runs of letters and digits.
    static QStringList words(const QString &text);

private:
    struct Entry {
        QString word;
        std::vector<int> documents; // ascending, each once
    };
    struct ViewHash {
        std::size_t operator()(QStringView view) const noexcept { return qHash(view); }
    };

    // The entries of the words of `text`, created (with no documents) where new.
    std::vector<std::size_t> entriesOf(const QString &text);
    std::size_t entryFor(QStringView word);
    // Documents arrive in ascending order; each is listed once per entry.
    void addDocument(std::size_t entry, int document);

    std::vector<Entry> m_entries; // sorted by word once finished
    // While documents are added: word -> entry. The keys view the entries' own strings,
    // whose characters stay put when the vector grows, so a lookup allocates nothing.
    std::unordered_map<QStringView, std::size_t, ViewHash> m_positions;
    std::size_t m_documents = 0;
    bool m_finished = false;
};

} // namespace rolelens
