#include "catalog/parsers/MetricsParser.h"

namespace rolelens {

using Need = JsonReader::Need;

MetricsParser::MetricsParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader()), m_citations(context)
{
}

void MetricsParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = JsonReader::keys(
        {"id", "name", "definition", "formula", "unit", "higherIsBetter", "sources"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !m_context.claimId(QStringLiteral("metric"), *id, path)) {
        return;
    }
    const auto name = m_reader.string(object, QStringLiteral("name"), path, Need::Required);
    const auto definition =
        m_reader.string(object, QStringLiteral("definition"), path, Need::Required);
    const auto formula = m_reader.string(object, QStringLiteral("formula"), path, Need::Optional);
    const auto unit = m_reader.string(object, QStringLiteral("unit"), path, Need::Required);
    const auto higher =
        m_reader.boolean(object, QStringLiteral("higherIsBetter"), path, Need::Required);
    const auto sources = m_citations.parse(object, QStringLiteral("sources"), path);
    if (!name || !definition || !unit || !higher || !sources) {
        return;
    }
    m_context.into().metrics.append(
        {*id, *name, *definition, formula.valueOr(QString()), *unit, *higher, *sources});
}

} // namespace rolelens
