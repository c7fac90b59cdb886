#pragma once

#include "catalog/Catalog.h"
#include "model/Citation.h"

#include <QString>
#include <QStringList>

namespace rolelens {

// Numbers sources in order of first citation so that statements can refer to a numbered
// list of sources ("[1][3]"): shared by the text and Markdown reports, the window's
// profile and the printed sheets.
class CitationIndex {
public:
    // The numbers of the sources behind these citations, ascending; new sources get the next.
    QList<qsizetype> numbers(const Citations &citations);
    // "[1][3]"
    QString markers(const Citations &citations);
    // "TEXT [1][3]"; TEXT alone when nothing is cited.
    QString withMarkers(const QString &text, const Citations &citations);
    const QStringList &sourceIds() const { return m_sourceIds; }
    // "[1] Title (kind)" lines for every source cited so far.
    QStringList sourceLines(const Catalog &catalog) const;

private:
    QStringList m_sourceIds;
};

} // namespace rolelens
