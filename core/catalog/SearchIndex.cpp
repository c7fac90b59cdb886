#include "catalog/SearchIndex.h"

#include "catalog/Catalog.h"
#include "catalog/EditDistance.h"
#include "catalog/SearchTerms.h"
#include "catalog/WordStem.h"

#include <QHash>

#include <algorithm>
#include <tuple>

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

// Adds the scores of the next part of a query to `total`, where the document is found in
// every part so far: a document must hold every word of a query.
template <typename Scores> void addPart(std::vector<int> &total, const Scores &found, bool first)
{
    for (std::size_t i = 0; i < total.size(); ++i) {
        total[i] = (first || total[i] != 0) && found[i] != 0 ? total[i] + found[i] : 0;
    }
}

bool anyFound(const std::vector<std::uint8_t> &scores)
{
    return std::any_of(scores.cbegin(), scores.cend(), [](std::uint8_t score) { return score; });
}

// How far a misspelt word may be from the word it means: one slip in a short word, more in
// a long one; none below three letters, where every guess would be as good as another.
int allowedDistance(qsizetype length)
{
    return length < 3 ? 0 : length <= 4 ? 1 : length <= 8 ? 2 : 3;
}

} // namespace

SearchIndex::SearchIndex() : SearchIndex(SearchTerms::builtIn()) {}

SearchIndex::SearchIndex(const SearchTerms &terms) : m_terms(&terms) {}

QStringList SearchIndex::words(const QString &text)
{
    QStringList words;
    forEachWord(text.toCaseFolded(), [&words](QStringView word) { words.append(word.toString()); });
    return words;
}

QString SearchIndex::withoutAccents(const QString &word)
{
    const bool ascii = std::all_of(word.cbegin(), word.cend(),
                                   [](QChar letter) { return letter.unicode() < 0x80; });
    if (ascii) {
        return word;
    }
    QString plain = word.normalized(QString::NormalizationForm_D);
    plain.removeIf([](QChar letter) { return letter.category() == QChar::Mark_NonSpacing; });
    // The French ligatures carry no accent, but are typed as two letters all the same
    // ("oeuvre" for "œuvre").
    plain.replace(QChar(0x0153), QStringLiteral("oe"));
    plain.replace(QChar(0x00E6), QStringLiteral("ae"));
    // A letter that folds to itself only with its accent ("İ") is folded once it is off.
    return plain.normalized(QString::NormalizationForm_C).toCaseFolded();
}

SearchIndex SearchIndex::ofRoles(const Catalog &catalog)
{
    SearchIndex index;
    TextCache cache;
    const auto add = [&index, &cache](const QString &text, int document, Field field) {
        index.addText(text, document, field, &cache);
    };
    for (const auto &role : catalog.roles()) {
        const int document = static_cast<int>(index.m_documents++);
        // Title and aliases first: a word's first field in a document is its best.
        add(role.title, document, Field::Title);
        for (const QString &alias : role.aliases) {
            add(alias, document, Field::Alias);
        }
        add(role.summary, document, Field::Text);
        for (const auto &item : role.responsibilities) {
            add(item.name, document, Field::Text);
            add(item.description, document, Field::Text);
        }
        for (const auto &item : role.skills) {
            add(item.name, document, Field::Text);
            add(item.description, document, Field::Text);
        }
        for (const auto &use : role.metrics) {
            if (const Metric *metric = catalog.metric(use.metricId)) {
                add(metric->name, document, Field::Text);
            }
        }
    }
    index.finish();
    return index;
}

void SearchIndex::add(const Texts &texts)
{
    Q_ASSERT(!m_finished);
    const int document = static_cast<int>(m_documents++);
    addText(texts.title, document, Field::Title);
    for (const QString &alias : texts.aliases) {
        addText(alias, document, Field::Alias);
    }
    for (const QString &text : texts.texts) {
        addText(text, document, Field::Text);
    }
}

void SearchIndex::addText(const QString &text, int document, Field field, TextCache *cache)
{
    if (text.isEmpty()) {
        return;
    }
    if (!cache) {
        for (const std::size_t entry : entriesOf(text)) {
            addPosting(entry, document, field);
        }
        return;
    }
    // The catalog keeps one copy of equal texts (a responsibility many roles share, say):
    // each copy is cut into words once, and every other role holding it reuses its words.
    auto found = cache->find(text.constData());
    if (found == cache->end()) {
        found = cache->insert(text.constData(), entriesOf(text));
    }
    for (const std::size_t entry : std::as_const(*found)) {
        addPosting(entry, document, field);
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
    QString whole = word.toString();
    QString plain = withoutAccents(whole);
    m_entries.push_back({std::move(whole), std::move(plain), {}});
    m_positions.emplace(QStringView(m_entries.back().word), m_entries.size() - 1);
    return m_entries.size() - 1;
}

void SearchIndex::addPosting(std::size_t entry, int document, Field field)
{
    std::vector<std::uint32_t> &postings = m_entries[entry].postings;
    const auto posting =
        (static_cast<std::uint32_t>(document) << 2) | static_cast<std::uint32_t>(field);
    if (postings.empty() || (postings.back() >> 2) != static_cast<std::uint32_t>(document)) {
        postings.push_back(posting);
    } else {
        postings.back() = std::min(postings.back(), posting); // the better field
    }
}

void SearchIndex::finish()
{
    std::sort(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
        return std::tie(a.plain, a.word) < std::tie(b.plain, b.word);
    });
    m_stems.reserve(m_entries.size());
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        m_entries[i].postings.shrink_to_fit();
        m_stems.emplace_back(wordStem(m_entries[i].plain), static_cast<std::uint32_t>(i));
    }
    std::sort(m_stems.begin(), m_stems.end());
    m_positions = {};
    m_finished = true;
}

void SearchIndex::raise(WordScores &scores, const Entry &entry, int penalty) const
{
    for (const std::uint32_t posting : entry.postings) {
        std::uint8_t &score = scores[posting >> 2];
        score = std::max(score, static_cast<std::uint8_t>(kFieldScores[posting & 3U] - penalty));
    }
}

void SearchIndex::raise(WordScores &scores, const QString &prefix, const QString &stem,
                        int penalty) const
{
    if (!prefix.isEmpty()) {
        auto entry = std::lower_bound(
            m_entries.cbegin(), m_entries.cend(), prefix,
            [](const Entry &candidate, const QString &start) { return candidate.plain < start; });
        for (; entry != m_entries.cend() && entry->plain.startsWith(prefix); ++entry) {
            raise(scores, *entry, penalty);
        }
    }
    if (!stem.isEmpty()) {
        auto it = std::lower_bound(
            m_stems.cbegin(), m_stems.cend(), stem,
            [](const auto &candidate, const QString &wanted) { return candidate.first < wanted; });
        for (; it != m_stems.cend() && it->first == stem; ++it) {
            raise(scores, m_entries[it->second], penalty);
        }
    }
}

SearchIndex::WordScores SearchIndex::wordScores(const QString &word) const
{
    WordScores scores(m_documents, 0);
    const QString plain = withoutAccents(word);
    const QString stem = wordStem(plain);
    raise(scores, plain, stem);
    raise(scores, m_terms->expansions(word, holdsStem(stem) ? SearchTerms::Begun::Whole
                                                            : SearchTerms::Begun::Typing));
    return scores;
}

bool SearchIndex::holdsStem(const QString &stem) const
{
    const auto found = std::lower_bound(
        m_stems.cbegin(), m_stems.cend(), stem,
        [](const auto &candidate, const QString &wanted) { return candidate.first < wanted; });
    return found != m_stems.cend() && found->first == stem;
}

void SearchIndex::raise(WordScores &scores, const QList<QStringList> &phrases) const
{
    // What a term stands for is matched by stems only: "ad" stands for "advertising", not
    // for every word starting with "ad".
    for (const QStringList &phrase : phrases) {
        if (phrase.size() == 1) {
            raise(scores, QString(), wordStem(withoutAccents(phrase.first())), kSynonymPenalty);
            continue;
        }
        // A phrase is found where all its words are, as well as its worst-placed word.
        WordScores all;
        for (const QString &part : phrase) {
            WordScores found(m_documents, 0);
            raise(found, QString(), wordStem(withoutAccents(part)), kSynonymPenalty);
            if (all.empty()) {
                all = std::move(found);
            } else {
                std::transform(all.cbegin(), all.cend(), found.cbegin(), all.begin(),
                               [](std::uint8_t a, std::uint8_t b) { return std::min(a, b); });
            }
        }
        std::transform(scores.cbegin(), scores.cend(), all.cbegin(), scores.begin(),
                       [](std::uint8_t a, std::uint8_t b) { return std::max(a, b); });
    }
}

std::vector<int> SearchIndex::runScores(const QStringList &queryWords, qsizetype start,
                                        qsizetype length, const QList<QStringList> &phrases) const
{
    // Word by word, as any other words of a query...
    std::vector<int> total(m_documents, 0);
    for (qsizetype w = start; w < start + length; ++w) {
        addPart(total, wordScores(queryWords.at(w)), w == start);
    }
    // ...or as the term they spell, scored as if each of its words were found where the
    // term's worst-placed word is: "atención al cliente" finds "Customer service specialist"
    // in the English catalog, which holds neither "atención" nor "al".
    WordScores asTerm(m_documents, 0);
    raise(asTerm, phrases);
    for (std::size_t i = 0; i < m_documents; ++i) {
        total[i] = std::max(total[i], static_cast<int>(length) * asTerm[i]);
    }
    return total;
}

std::vector<int> SearchIndex::scores(const QString &query) const
{
    Q_ASSERT(m_finished);
    const QStringList queryWords = words(query);
    std::vector<int> total(m_documents, queryWords.isEmpty() ? 1 : 0);
    // The query in runs: each term of several words it spells, and every other word alone.
    const QList<SearchTerms::PhraseMatch> runs = m_terms->phrasesIn(queryWords);
    qsizetype next = 0;
    for (qsizetype w = 0; w < queryWords.size();) {
        const bool first = w == 0;
        if (next < runs.size() && runs.at(next).start == w) {
            const SearchTerms::PhraseMatch &run = runs.at(next++);
            addPart(total, runScores(queryWords, run.start, run.length, run.phrases), first);
            w += run.length;
        } else {
            addPart(total, wordScores(queryWords.at(w++)), first);
        }
    }
    return total;
}

std::vector<bool> SearchIndex::match(const QString &query) const
{
    const std::vector<int> found = scores(query);
    std::vector<bool> result(found.size());
    std::transform(found.cbegin(), found.cend(), result.begin(),
                   [](int score) { return score != 0; });
    return result;
}

QString SearchIndex::nearestWord(const QString &word) const
{
    const QString plain = withoutAccents(word);
    const int limit = allowedDistance(plain.size());
    if (limit == 0) {
        return {};
    }
    // (distance, fewer documents first negated, word): the nearest, then the commonest.
    std::vector<std::tuple<int, qsizetype, QString>> near;
    for (const Entry &entry : m_entries) {
        // Accents aside: "publicte" is one letter from "publicité".
        const int distance = editDistance(plain, entry.plain, limit);
        if (distance <= limit) {
            near.emplace_back(distance, -static_cast<qsizetype>(entry.postings.size()), entry.word);
        }
    }
    for (const QString &term : m_terms->words()) {
        const int distance = editDistance(plain, withoutAccents(term), limit);
        if (distance <= limit) {
            near.emplace_back(distance, 0, term);
        }
    }
    std::sort(near.begin(), near.end());
    for (const auto &[distance, count, candidate] : near) {
        // A term of the table may stand for words this catalog does not hold.
        if (count != 0 || anyFound(wordScores(candidate))) {
            return candidate;
        }
    }
    return {};
}

QString SearchIndex::suggestion(const QString &query) const
{
    Q_ASSERT(m_finished);
    QStringList corrected = words(query);
    bool changed = false;
    for (QString &word : corrected) {
        if (anyFound(wordScores(word))) {
            continue;
        }
        word = nearestWord(word);
        if (word.isEmpty()) {
            return {};
        }
        changed = true;
    }
    const QString suggested = corrected.join(QLatin1Char(' '));
    if (!changed || !std::ranges::any_of(scores(suggested), [](int score) { return score; })) {
        return {};
    }
    return suggested;
}

} // namespace rolelens
