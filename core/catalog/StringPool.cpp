#include "catalog/StringPool.h"

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

template <typename List, typename InternElement>
List StringPool::internList(Shards<List> &shards, const List &list, InternElement internElement)
{
    if (list.isEmpty()) {
        return list;
    }
    Shard<List> &shard = shardOf(shards, list);
    const QMutexLocker lock(&shard.mutex);
    if (const auto found = shard.values.constFind(list); found != shard.values.constEnd()) {
        return *found;
    }
    List shared;
    shared.reserve(list.size());
    for (const auto &element : list) {
        shared.append(internElement(element));
    }
    return interned(shard.values, std::move(shared));
}

QStringList StringPool::intern(const QStringList &texts)
{
    return internList(m_lists, texts, [this](const QString &text) { return intern(text); });
}

Citations StringPool::intern(const Citations &citations)
{
    return internList(m_citations, citations, [this](const Citation &citation) {
        return Citation{intern(citation.sourceId), intern(citation.quote)};
    });
}

} // namespace rolelens
