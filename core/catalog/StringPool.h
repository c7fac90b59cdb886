#pragma once

#include "model/Citation.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>

namespace rolelens {

// Makes equal values share one copy while a catalog is loaded: the first string (list,
// citations) seen with a given content is kept, and every later equal one is replaced by
// that copy, which Qt's implicit sharing then shares for free. Thousands of roles repeat the
// same responsibility names, descriptions, source ids and citations; sharing them is most of
// what keeps a large catalog small. Only the pool's own lookups cost anything: values read
// from it compare and behave exactly as before. Safe to use from several threads at once.
class StringPool {
public:
    QString intern(const QString &text);
    QStringList intern(const QStringList &texts);
    Citations intern(const Citations &citations);

private:
    // Values are spread over shards by hash, each with its own lock: the parsing threads
    // intern millions of values, and one lock for all of them kept the threads waiting on
    // each other. A list's or citations' shard is locked before its strings' shards, never
    // after, so no two threads wait on each other in a circle.
    template <typename T> struct Shard {
        QMutex mutex;
        QSet<T> values;
    };
    template <typename T> using Shards = std::array<Shard<T>, 16>;

    template <typename T> static Shard<T> &shardOf(Shards<T> &shards, const T &value);
    // The pool's copy of a list whose elements are interned one by one.
    template <typename List, typename InternElement>
    List internList(Shards<List> &shards, const List &list, InternElement internElement);

    Shards<QString> m_strings;
    Shards<QStringList> m_lists;
    Shards<Citations> m_citations;
};

} // namespace rolelens
