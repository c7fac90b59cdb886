#pragma once

#include "catalog/parsers/CatalogParseContext.h"

#include <QCoreApplication>

namespace rolelens {

// Reads one entry of a catalog file's "benchmarks": a figure a published benchmark report
// gives for a metric, quoted from the report, which must be a source of kind
// published-benchmark.
class BenchmarksParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    // A count or an amount beyond this is a typing error; shares stop at 100 %.
    static constexpr double kMaxValue = 1e9;
    static constexpr double kMaxPercent = 100;

    explicit BenchmarksParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
};

} // namespace rolelens
