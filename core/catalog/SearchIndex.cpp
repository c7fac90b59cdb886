#include "catalog/SearchIndex.h"

#include "catalog/Catalog.h"

#include <QHash>

#include <algorithm>

namespace rolelens {

namespace {

// Calls `word` with each run of letters and digits of `folded`, in order.
template <typename Word> void forEachWord(QStringView folded, Word word)
{
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool inWord = i < folded.size() && folded.at(i).isLetterOrNumber();
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            word(folded.mid(start, i - start));
            start = -1;
        }
    }
}

} // namespace

QStringList SearchIndex::words(const QString &text)
{
    QStringList words;
    forEachWord(text.toCaseFolded(), [&words](QStringView word) { words.append(word.toString()); });
    return words;
}

SearchIndex SearchIndex::ofRoles(const Catalog &catalog)
{
    SearchIndex index;
    // The catalog keeps one copy of equal texts (a responsibility many roles share, say):
    // each copy is cut into words once, and every other role holding it reuses its words.
    QHash<const QChar *, std::vector<std::size_t>> entriesOfText;
    int document = 0;
    const auto addText = [&](const QString &text) {
        if (text.isEmpty()) {
            return;
        }
        auto found = entriesOfText.find(text.constData());
        if (found == entriesOfText.end()) {
            found = entriesOfText.insert(text.constData(), index.entriesOf(text));
        }
        for (const std::size_t entry : std::as_const(*found)) {
            index.addDocument(entry, document);
        }
    };
    for (const auto &role : catalog.roles()) {
        document = static_cast<int>(index.m_documents++);
        addText(role.title);
        for (const QString &alias : role.aliases) {
            addText(alias);
        }
        addText(role.summary);
        for (const auto &item : role.responsibilities) {
            addText(item.name);
            addText(item.description);
        }
        for (const auto &item : role.skills) {
            addText(item.name);
            addText(item.description);
        }
        for (const auto &use : role.metrics) {
            if (const Metric *metric = catalog.metric(use.metricId)) {
                addText(metric->name);
            }
        }
    }
    index.finish();
    return index;
}

void SearchIndex::add(const QString &text)
{
    Q_ASSERT(!m_finished);
    const int document = static_cast<int>(m_documents++);
    for (const std::size_t entry : entriesOf(text)) {
        addDocument(entry, document);
    }
}

std::vector<std::size_t> SearchIndex::entriesOf(const QString &text)
{
    std::vector<std::size_t> entries;
    forEachWord(text.toCaseFolded(), [&](QStringView word) { entries.push_back(entryFor(word)); });
    return entries;
}

std::size_t SearchIndex::entryFor(QStringView word)
{
    const auto found = m_positions.find(word);
    if (found != m_positions.end()) {
        return found->second;
    }
    m_entries.push_back({word.toString(), {}});
    m_positions.emplace(QStringView(m_entries.back().word), m_entries.size() - 1);
    return m_entries.size() - 1;
}

void SearchIndex::addDocument(std::size_t entry, int document)
{
    std::vector<int> &documents = m_entries[entry].documents;
    if (documents.empty() || documents.back() != document) {
        documents.push_back(document);
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
