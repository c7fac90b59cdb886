#include "catalog/SearchTerms.h"

#include "catalog/SearchIndex.h"
#include "catalog/WordStem.h"
#include "i18n/Languages.h"
#include "json/JsonReader.h"

#include <QFile>

#include <algorithm>

namespace rolelens {
namespace {

// Group numbers of `keys` whose key equals `key`, or starts with it when `prefix`.
void collect(const std::vector<std::pair<QString, int>> &keys, const QString &key, bool prefix,
             QList<int> &groups)
{
    auto it = std::lower_bound(keys.cbegin(), keys.cend(), key,
                               [](const auto &entry, const QString &k) { return entry.first < k; });
    for (; it != keys.cend() && (prefix ? it->first.startsWith(key) : it->first == key); ++it) {
        if (!groups.contains(it->second)) {
            groups.append(it->second);
        }
    }
}

} // namespace

const SearchTerms &SearchTerms::builtIn()
{
    static const SearchTerms terms = [] {
        QFile file(QStringLiteral(":/search/search-terms.json"));
        const bool opened = file.open(QIODevice::ReadOnly);
        Q_ASSERT(opened);
        Result<SearchTerms> parsed = parse(file.readAll(), file.fileName());
        // A test reads the same file: a broken table is caught before it ships.
        Q_ASSERT(parsed.ok());
        return parsed.ok() ? std::move(parsed).value() : SearchTerms();
    }();
    return terms;
}

Result<SearchTerms> SearchTerms::parse(const QByteArray &json, const QString &fileName)
{
    Diagnostics problems;
    JsonReader reader(fileName, problems);
    const std::optional<QJsonObject> root = reader.parseObject(json);
    if (!root) {
        return problems;
    }
    const JsonPath path;
    reader.requireKnownKeys(*root, path,
                            {QStringLiteral("format"), QStringLiteral("version"),
                             QStringLiteral("about"), QStringLiteral("groups")});
    if (!reader.readHeader(*root, path,
                           {QLatin1String("rolelens-search-terms"), kFormatVersion,
                            tr("expected \"rolelens-search-terms\", found \"%1\""),
                            tr("version %1 is not supported (this program reads version %2)")})) {
        return problems;
    }
    SearchTerms terms;
    // A list for each language the program speaks; English, the catalog's own, in each group.
    const QStringList languages = Languages::codes();
    const auto groups =
        reader.array(*root, QStringLiteral("groups"), path, JsonReader::Need::Required);
    for (qsizetype g = 0; groups && g < groups->size(); ++g) {
        const JsonPath groupPath = path.member(QStringLiteral("groups")).element(g);
        const std::optional<QJsonObject> group = reader.elementObject(groups->at(g), groupPath);
        if (!group) {
            continue;
        }
        reader.requireKnownKeys(*group, groupPath, languages);
        QList<QStringList> phrases;
        for (const QString &language : languages) {
            const auto list =
                reader.stringList(*group, language, groupPath,
                                  language == QLatin1String("en") ? JsonReader::Need::Required
                                                                  : JsonReader::Need::Optional);
            for (qsizetype t = 0; list && t < list->size(); ++t) {
                const QStringList words = SearchIndex::words(list->at(t));
                if (words.isEmpty()) {
                    reader.error(groupPath.member(language).element(t),
                                 tr("a term needs at least one letter or digit"));
                } else {
                    phrases.append(words);
                }
            }
        }
        if (phrases.size() < 2) {
            reader.error(groupPath, tr("a group needs at least two terms"));
            continue;
        }
        const int number = static_cast<int>(terms.m_groups.size());
        for (const QStringList &phrase : std::as_const(phrases)) {
            if (phrase.size() == 1) {
                const QString plain = SearchIndex::withoutAccents(phrase.first());
                terms.m_stems.emplace_back(wordStem(plain), number);
                terms.m_words.emplace_back(plain, number);
            } else {
                terms.m_phrases.emplace_back(stems(phrase), number);
            }
        }
        terms.m_groups.append(phrases);
    }
    if (!problems.isEmpty()) {
        return problems;
    }
    std::sort(terms.m_stems.begin(), terms.m_stems.end());
    std::sort(terms.m_words.begin(), terms.m_words.end());
    std::stable_sort(terms.m_phrases.begin(), terms.m_phrases.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return terms;
}

QList<QStringList> SearchTerms::expansions(QStringView word, Begun begun) const
{
    const QString plain = SearchIndex::withoutAccents(word.toString());
    QList<int> groups;
    collect(m_stems, wordStem(plain), false, groups);
    if (begun == Begun::Typing && plain.size() >= kMinPrefix) {
        collect(m_words, plain, true, groups);
    }
    return phrasesOf(groups);
}

QList<SearchTerms::PhraseMatch> SearchTerms::phrasesIn(const QStringList &words) const
{
    const QStringList queryStems = stems(words);
    QList<PhraseMatch> found;
    for (qsizetype start = 0; start < queryStems.size();) {
        PhraseMatch match{start, 0, {}};
        QList<int> groups;
        // Longest first: "retorno de la inversión publicitaria" is ROAS, not ROI and a word.
        for (const auto &[phrase, group] : m_phrases) {
            if (phrase.size() < match.length) {
                break;
            }
            if (start + phrase.size() <= queryStems.size() &&
                std::equal(phrase.cbegin(), phrase.cend(), queryStems.cbegin() + start)) {
                match.length = phrase.size();
                if (!groups.contains(group)) {
                    groups.append(group);
                }
            }
        }
        if (match.length == 0) {
            ++start;
            continue;
        }
        match.phrases = phrasesOf(groups);
        start += match.length;
        found.append(std::move(match));
    }
    return found;
}

QStringList SearchTerms::stems(const QStringList &words)
{
    QStringList result;
    result.reserve(words.size());
    for (const QString &word : words) {
        result.append(wordStem(SearchIndex::withoutAccents(word)));
    }
    return result;
}

QList<QStringList> SearchTerms::phrasesOf(const QList<int> &groups) const
{
    QList<QStringList> phrases;
    for (const int group : groups) {
        for (const QStringList &phrase : m_groups.at(group)) {
            if (!phrases.contains(phrase)) {
                phrases.append(phrase);
            }
        }
    }
    return phrases;
}

QStringList SearchTerms::words() const
{
    QStringList words;
    for (const QList<QStringList> &group : m_groups) {
        for (const QStringList &phrase : group) {
            if (phrase.size() == 1 && !words.contains(phrase.first())) {
                words.append(phrase.first());
            }
        }
    }
    return words;
}

} // namespace rolelens
