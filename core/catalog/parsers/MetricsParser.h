#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"

namespace rolelens {

// Reads one entry of a catalog file's "metrics": what roles are judged by.
class MetricsParser {
public:
    explicit MetricsParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
    CitationsParser m_citations;
};

} // namespace rolelens
