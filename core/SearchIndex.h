#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace rolelens {

// Finds documents (roles) by the words they contain, fast enough to answer every keystroke
// at tens of thousands of roles: each text is cut into words once, and a query word matches
// every word that starts with it ("coord" finds "coordinator"). Case is ignored.
class SearchIndex {
public:
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
    std::vector<Entry> m_entries;            // sorted by word once finished
    QHash<QString, std::size_t> m_positions; // word -> entry, while documents are added
    std::size_t m_documents = 0;
    bool m_finished = false;
};

} // namespace rolelens
