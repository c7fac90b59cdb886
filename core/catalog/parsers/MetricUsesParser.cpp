#include "catalog/parsers/MetricUsesParser.h"

namespace rolelens {

using Need = JsonReader::Need;

MetricUsesParser::MetricUsesParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader()), m_citations(context)
{
}

bool MetricUsesParser::parse(const QJsonArray &items, const JsonPath &path, Role &role)
{
    role.metrics.reserve(items.size());
    return m_context.forEachObject(
        items, path,
        [&](const QJsonObject &object, const JsonPath &itemPath) -> std::optional<QString> {
            static const QStringList allowedKeys =
                JsonReader::keys({"metric", "emphasis", "weight", "basis"});
            m_reader.requireKnownKeys(object, itemPath, allowedKeys);
            const auto metric = m_reader.id(object, QStringLiteral("metric"), itemPath);
            const auto emphasisKey =
                m_reader.string(object, QStringLiteral("emphasis"), itemPath, Need::Required);
            const auto weight =
                m_reader.integer(object, QStringLiteral("weight"), itemPath, Need::Required);
            const auto basis = m_citations.parse(object, QStringLiteral("basis"), itemPath);
            // Checked after the other fields, so that their messages come first.
            const auto emphasis = m_reader.oneOf(
                emphasisKey, QStringLiteral("emphasis"), itemPath, MetricUse::emphases(),
                [](const QString &found) {
                    return tr("unknown emphasis \"%1\" (expected primary or secondary)").arg(found);
                });
            bool ok = metric && emphasis && weight && basis;
            ok = m_reader.checkRange(
                     weight, QStringLiteral("weight"), itemPath, {1, 5},
                     [](int found) {
                         return tr("weight %1 is out of range (expected 1 to 5)").arg(found);
                     }) &&
                 ok;
            if (metric) {
                m_context.reference(CatalogParseContext::ReferenceKind::Metric, *metric,
                                    itemPath.member(QStringLiteral("metric")));
            }
            if (!ok) {
                return std::nullopt;
            }
            MetricUse use;
            use.metricId = m_context.strings().intern(*metric);
            use.emphasis = *emphasis;
            use.weight = *weight;
            use.basis = *basis;
            role.metrics.append(use);
            return *metric;
        });
}

} // namespace rolelens
