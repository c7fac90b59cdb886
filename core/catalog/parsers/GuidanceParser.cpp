#include "catalog/parsers/GuidanceParser.h"

namespace rolelens {

using Need = JsonReader::Need;

GuidanceParser::GuidanceParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader()), m_citations(context)
{
}

void GuidanceParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = JsonReader::keys({"id", "text", "shownIn", "sources"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !m_context.claimId(QStringLiteral("guidance"), *id, path)) {
        return;
    }
    const auto text = m_reader.string(object, QStringLiteral("text"), path, Need::Required);
    const auto shownIn =
        m_reader.stringList(object, QStringLiteral("shownIn"), path, Need::Required);
    const auto sources = m_citations.parse(object, QStringLiteral("sources"), path);
    if (!text || !shownIn || !sources) {
        return;
    }
    Guidance guidance{*id, *text, {}, *sources};
    const JsonPath listPath = path.member(QStringLiteral("shownIn"));
    for (qsizetype i = 0; i < shownIn->size(); ++i) {
        const auto document = Guidance::documents().fromKey(shownIn->at(i));
        if (!document) {
            m_reader.error(
                listPath.element(i),
                tr("unknown document \"%1\" (expected advice or agreement)").arg(shownIn->at(i)));
            return;
        }
        guidance.shownIn.append(*document);
    }
    if (guidance.shownIn.isEmpty()) {
        m_reader.error(listPath, tr("must list at least one entry"));
        return;
    }
    m_context.into().guidance.append(std::move(guidance));
}

} // namespace rolelens
