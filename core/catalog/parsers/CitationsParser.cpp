#include "catalog/parsers/CitationsParser.h"

namespace rolelens {

CitationsParser::CitationsParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader())
{
}

std::optional<Citations> CitationsParser::parse(const QJsonObject &object, const QString &key,
                                                const JsonPath &path)
{
    const auto items = m_reader.array(object, key, path, JsonReader::Need::Required);
    if (!items) {
        return std::nullopt;
    }
    const JsonPath listPath = path.member(key);
    if (items->isEmpty()) {
        m_reader.error(listPath, tr("every statement must cite at least one source"));
        return std::nullopt;
    }
    Citations list;
    bool ok = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const JsonPath itemPath = listPath.element(i);
        const auto item = m_reader.elementObject(items->at(i), itemPath);
        if (!item) {
            ok = false;
            continue;
        }
        static const QStringList allowedKeys = JsonReader::keys({"source", "quote"});
        m_reader.requireKnownKeys(*item, itemPath, allowedKeys);
        const auto source = m_reader.id(*item, QStringLiteral("source"), itemPath);
        const auto quote =
            m_reader.string(*item, QStringLiteral("quote"), itemPath, JsonReader::Need::Optional);
        if (!source) {
            ok = false;
            continue;
        }
        const QString quoteText = quote.valueOr(QString());
        m_context.reference(CatalogParseContext::ReferenceKind::Source, *source,
                            itemPath.member(QStringLiteral("source")), !quoteText.isEmpty());
        list.append({*source, quoteText});
    }
    if (!ok) {
        return std::nullopt;
    }
    return m_context.strings().intern(list);
}

} // namespace rolelens
