#include "catalog/parsers/RoleDimensionsParser.h"

namespace rolelens {

using Need = JsonReader::Need;

RoleDimensionsParser::RoleDimensionsParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader()), m_citations(context)
{
}

bool RoleDimensionsParser::parse(const QJsonObject &object, const JsonPath &path, Role &role)
{
    static const QStringList allowed = [] {
        QStringList keys;
        for (const auto dimension : dimensions::all()) {
            keys.append(dimensions::key(dimension));
        }
        return keys;
    }();
    m_reader.requireKnownKeys(object, path, allowed);
    bool ok = true;
    for (const auto dimension : dimensions::all()) {
        const QString key = dimensions::key(dimension);
        const auto entry = m_reader.object(object, key, path, Need::Required);
        if (!entry) {
            ok = false;
            continue;
        }
        const JsonPath entryPath = path.member(key);
        static const QStringList allowedKeys = JsonReader::keys({"text", "tags", "sources"});
        m_reader.requireKnownKeys(*entry, entryPath, allowedKeys);
        const auto text =
            m_reader.string(*entry, QStringLiteral("text"), entryPath, Need::Required);
        const auto tags =
            m_reader.stringList(*entry, QStringLiteral("tags"), entryPath, Need::Required);
        const auto sources = m_citations.parse(*entry, QStringLiteral("sources"), entryPath);
        bool tagsOk = tags.hasValue();
        if (tags) {
            const JsonPath tagsPath = entryPath.member(QStringLiteral("tags"));
            if (tags->isEmpty()) {
                m_reader.error(tagsPath, tr("must list at least one tag"));
                tagsOk = false;
            }
            for (qsizetype i = 0; i < tags->size(); ++i) {
                const QString &tag = tags->at(i);
                if (!dimensions::vocabulary(dimension).contains(tag)) {
                    m_reader.error(
                        tagsPath.element(i),
                        tr("unknown tag \"%1\" for %2 (expected one of: %3)")
                            .arg(tag, key,
                                 dimensions::vocabulary(dimension).join(QStringLiteral(", "))));
                    tagsOk = false;
                } else if (tags->indexOf(tag) != i) {
                    m_reader.error(tagsPath.element(i), tr("tag \"%1\" is listed twice").arg(tag));
                    tagsOk = false;
                }
            }
        }
        if (!text || !tagsOk || !sources) {
            ok = false;
            continue;
        }
        role.dimensions.insert(dimension, {*text, m_context.strings().intern(*tags), *sources});
    }
    return ok;
}

} // namespace rolelens
