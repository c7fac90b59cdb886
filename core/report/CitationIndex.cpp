#include "report/CitationIndex.h"

#include "report/SourceText.h"

namespace rolelens {

QList<qsizetype> CitationIndex::numbers(const Citations &citations)
{
    QList<qsizetype> numbers;
    for (const auto &citation : citations) {
        qsizetype index = m_sourceIds.indexOf(citation.sourceId);
        if (index < 0) {
            m_sourceIds.append(citation.sourceId);
            index = m_sourceIds.size() - 1;
        }
        if (!numbers.contains(index + 1)) {
            numbers.append(index + 1);
        }
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

QString CitationIndex::markers(const Citations &citations)
{
    QString text;
    for (const auto number : numbers(citations)) {
        text += QStringLiteral("[%1]").arg(number);
    }
    return text;
}

QString CitationIndex::withMarkers(const QString &text, const Citations &citations)
{
    const QString numbers = markers(citations);
    if (numbers.isEmpty()) {
        return text;
    }
    return text.isEmpty() ? numbers : text + QLatin1Char(' ') + numbers;
}

QStringList CitationIndex::sourceLines(const Catalog &catalog) const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_sourceIds.size(); ++i) {
        const Source *source = catalog.source(m_sourceIds.at(i));
        QString line = QStringLiteral("[%1] ").arg(i + 1);
        if (!source) {
            lines.append(line + m_sourceIds.at(i));
            continue;
        }
        lines.append(line + SourceText::listEntry(*source));
    }
    return lines;
}

} // namespace rolelens
