#pragma once

#include "Citation.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

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
    QString internLocked(const QString &text);

    QMutex m_mutex;
    QSet<QString> m_strings;
    QSet<QStringList> m_lists;
    QSet<Citations> m_citations;
};

} // namespace rolelens
