#include "SearchIndex.h"

#include <QHash>

#include <algorithm>

namespace rolelens {

QStringList SearchIndex::words(const QString &text)
{
    QStringList words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && text.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            words.append(text.mid(start, i - start).toCaseFolded());
            start = -1;
        }
    }
    return words;
}

void SearchIndex::add(const QString &text)
{
    Q_ASSERT(!m_finished);
    const int document = static_cast<int>(m_documents++);
    for (const QString &word : words(text)) {
        const auto found = m_positions.constFind(word);
        if (found == m_positions.constEnd()) {
            m_positions.insert(word, m_entries.size());
            m_entries.push_back({word, {document}});
            continue;
        }
        std::vector<int> &documents = m_entries[*found].documents;
        if (documents.back() != document) {
            documents.push_back(document);
        }
    }
}

void SearchIndex::finish()
{
    std::sort(m_entries.begin(), m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.word < b.word; });
    for (Entry &entry : m_entries) {
        entry.documents.shrink_to_fit();
    }
    m_positions = {};
    m_finished = true;
}

std::vector<bool> SearchIndex::match(const QString &query) const
{
    Q_ASSERT(m_finished);
    std::vector<bool> result(m_documents, true);
    for (const QString &word : words(query)) {
        std::vector<bool> containing(m_documents, false);
        auto entry = std::lower_bound(
            m_entries.cbegin(), m_entries.cend(), word,
            [](const Entry &candidate, const QString &prefix) { return candidate.word < prefix; });
        for (; entry != m_entries.cend() && entry->word.startsWith(word); ++entry) {
            for (const int document : entry->documents) {
                containing[static_cast<std::size_t>(document)] = true;
            }
        }
        for (std::size_t i = 0; i < m_documents; ++i) {
            result[i] = result[i] && containing[i];
        }
    }
    return result;
}

} // namespace rolelens
