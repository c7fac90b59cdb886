#pragma once

#include "catalog/parsers/CatalogParseContext.h"

#include <QCoreApplication>

namespace rolelens {

// Reads one entry of a catalog file's "sources": where statements come from (an article,
// general practice or an illustrative assumption).
class SourcesParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit SourcesParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
};

} // namespace rolelens
