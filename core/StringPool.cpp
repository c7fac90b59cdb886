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

template <typename T> StringPool::Shard<T> &StringPool::shardOf(Shards<T> &shards, const T &value)
{
    return shards[qHash(value) % shards.size()];
}

QString StringPool::intern(const QString &text)
{
    if (text.isEmpty()) {
        return text;
    }
    Shard<QString> &shard = shardOf(m_strings, text);
    const QMutexLocker lock(&shard.mutex);
    return interned(shard.values, text);
}

QStringList StringPool::intern(const QStringList &texts)
{
    if (texts.isEmpty()) {
        return texts;
    }
    Shard<QStringList> &shard = shardOf(m_lists, texts);
    const QMutexLocker lock(&shard.mutex);
    if (const auto found = shard.values.constFind(texts); found != shard.values.constEnd()) {
        return *found;
    }
    QStringList shared;
    shared.reserve(texts.size());
    for (const auto &text : texts) {
        shared.append(intern(text));
    }
    return interned(shard.values, std::move(shared));
}

Citations StringPool::intern(const Citations &citations)
{
    if (citations.isEmpty()) {
        return citations;
    }
    Shard<Citations> &shard = shardOf(m_citations, citations);
    const QMutexLocker lock(&shard.mutex);
    if (const auto found = shard.values.constFind(citations); found != shard.values.constEnd()) {
        return *found;
    }
    Citations shared;
    shared.reserve(citations.size());
    for (const auto &citation : citations) {
        shared.append({intern(citation.sourceId), intern(citation.quote)});
    }
    return interned(shard.values, std::move(shared));
}

} // namespace rolelens
