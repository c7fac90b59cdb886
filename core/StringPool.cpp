#include "StringPool.h"

#include <QHashFunctions>

namespace rolelens {

size_t qHash(const Citation &citation, size_t seed = 0)
{
    return qHashMulti(seed, citation.sourceId, citation.quote);
}

namespace {

template <typename T> T interned(QSet<T> &pool, T value)
{
    const auto found = pool.constFind(value);
    if (found != pool.constEnd()) {
        return *found;
    }
    if (value.capacity() > value.size()) {
        value.squeeze(); // the copy kept is the one every later equal value shares
    }
    pool.insert(value);
    return value;
}

} // namespace

QString StringPool::intern(const QString &text)
{
    const QMutexLocker lock(&m_mutex);
    return internLocked(text);
}

QString StringPool::internLocked(const QString &text)
{
    if (text.isEmpty()) {
        return text;
    }
    return interned(m_strings, text);
}

QStringList StringPool::intern(const QStringList &texts)
{
    if (texts.isEmpty()) {
        return texts;
    }
    const QMutexLocker lock(&m_mutex);
    if (const auto found = m_lists.constFind(texts); found != m_lists.constEnd()) {
        return *found;
    }
    QStringList shared;
    shared.reserve(texts.size());
    for (const auto &text : texts) {
        shared.append(internLocked(text));
    }
    return interned(m_lists, std::move(shared));
}

Citations StringPool::intern(const Citations &citations)
{
    if (citations.isEmpty()) {
        return citations;
    }
    const QMutexLocker lock(&m_mutex);
    if (const auto found = m_citations.constFind(citations); found != m_citations.constEnd()) {
        return *found;
    }
    Citations shared;
    shared.reserve(citations.size());
    for (const auto &citation : citations) {
        shared.append({internLocked(citation.sourceId), internLocked(citation.quote)});
    }
    return interned(m_citations, std::move(shared));
}

} // namespace rolelens
