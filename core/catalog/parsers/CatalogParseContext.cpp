#include "catalog/parsers/CatalogParseContext.h"

namespace rolelens {

CatalogParseContext::CatalogParseContext(ParsedFile &into, StringPool &strings)
    : m_into(into), m_strings(strings), m_reader(into.fileName, into.errors)
{
}

bool CatalogParseContext::claimId(const QString &kind, const QString &id, const JsonPath &path)
{
    const QString owner = kind + QLatin1Char(' ') + id;
    if (m_idsInFile.contains(owner)) {
        m_reader.error(path.member(QStringLiteral("id")),
                       tr("duplicate %1 id \"%2\" in this file").arg(kind, id));
        return false;
    }
    m_idsInFile.insert(owner);
    m_owner = owner;
    m_into.claims.append({owner, path});
    return true;
}

void CatalogParseContext::reference(ReferenceKind kind, const QString &id, const JsonPath &path,
                                    bool hasQuote)
{
    CatalogLoader::Reference ref;
    ref.kind = kind;
    ref.hasQuote = hasQuote;
    ref.file = m_into.fileIndex;
    ref.id = id;
    ref.owner = m_owner;
    ref.prefix = path.prefix();
    ref.stepCount = static_cast<quint8>(path.stepCount());
    for (int i = 0; i < path.stepCount(); ++i) {
        quint32 code = 0;
        if (path.stepIndex(i) >= 0) {
            code = CatalogLoader::Reference::kElement | static_cast<quint32>(path.stepIndex(i));
        } else {
            const QString &key = path.stepKey(i);
            const auto known = m_pathKeyIndex.constFind(key.constData());
            if (known != m_pathKeyIndex.constEnd() && m_into.pathKeys.at(*known) == key) {
                code = *known;
            } else {
                code = static_cast<quint32>(m_into.pathKeys.size());
                m_into.pathKeys.append(key);
                m_pathKeyIndex.insert(key.constData(), code);
            }
        }
        ref.steps[static_cast<std::size_t>(i)] = code;
    }
    m_into.references.append(std::move(ref));
}

std::optional<QStringList> CatalogParseContext::references(ReferenceKind kind,
                                                           const QJsonObject &object,
                                                           const QString &key, const JsonPath &path)
{
    const auto ids = m_reader.stringList(object, key, path, JsonReader::Need::Optional);
    if (!ids) {
        return ids.isInvalid() ? std::nullopt : std::optional<QStringList>(QStringList());
    }
    const JsonPath listPath = path.member(key);
    for (qsizetype i = 0; i < ids->size(); ++i) {
        reference(kind, ids->at(i), listPath.element(i));
    }
    return *ids;
}

void CatalogParseContext::reportListedTwice(const QString &key, const JsonPath &path)
{
    m_reader.error(path, tr("\"%1\" is listed twice").arg(key));
}

} // namespace rolelens
