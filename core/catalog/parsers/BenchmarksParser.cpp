#include "catalog/parsers/BenchmarksParser.h"

#include "model/Benchmark.h"

namespace rolelens {

using Need = JsonReader::Need;

BenchmarksParser::BenchmarksParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader())
{
}

void BenchmarksParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = JsonReader::keys(
        {"id", "metric", "source", "platform", "statistic", "value", "unit", "measured", "quote"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !m_context.claimId(QStringLiteral("benchmark"), *id, path)) {
        return;
    }
    const auto metric = m_reader.id(object, QStringLiteral("metric"), path);
    const auto source = m_reader.id(object, QStringLiteral("source"), path);
    const auto platform = m_reader.string(object, QStringLiteral("platform"), path, Need::Required);
    const auto statistic = m_reader.enumeration(
        object, QStringLiteral("statistic"), path, Need::Required, Benchmark::statistics(),
        [](const QString &found) {
            return tr("unknown statistic \"%1\" (expected median, average, overall, "
                      "top-performers or consumer-expectation)")
                .arg(found);
        });
    const auto value = m_reader.number(object, QStringLiteral("value"), path, Need::Required);
    const auto unit = m_reader.string(object, QStringLiteral("unit"), path, Need::Required);
    const auto measured = m_reader.string(object, QStringLiteral("measured"), path, Need::Required);
    const auto quote = m_reader.string(object, QStringLiteral("quote"), path, Need::Optional);
    bool ok = metric && source && platform && statistic && value && unit && measured && quote;
    if (quote.isAbsent()) {
        // No figure without its source's words: the reader must be able to check it.
        m_reader.error(path.member(QStringLiteral("quote")),
                       tr("a benchmark must quote the report's words that give its figure"));
    }
    // A unit that starts with "%" is a share of something, which cannot pass 100 %.
    const bool share = unit && unit->startsWith(QLatin1Char('%'));
    const double maximum = share ? kMaxPercent : kMaxValue;
    ok = m_reader.checkRange(
             value, QStringLiteral("value"), path, {0.0, maximum},
             [&](double found) {
                 return tr("%1 is out of range (expected 0 to %2)").arg(found).arg(maximum);
             }) &&
         ok;
    if (metric) {
        m_context.reference(CatalogParseContext::ReferenceKind::Metric, *metric,
                            path.member(QStringLiteral("metric")));
    }
    if (source) {
        m_context.reference(CatalogParseContext::ReferenceKind::BenchmarkSource, *source,
                            path.member(QStringLiteral("source")), quote.hasValue());
    }
    if (!ok) {
        return;
    }
    m_context.into().benchmarks.append(
        {*id, *metric, *source, *platform, *statistic, *value, *unit, *measured, *quote});
}

} // namespace rolelens
