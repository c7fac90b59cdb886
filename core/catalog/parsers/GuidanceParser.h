#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"

#include <QCoreApplication>

namespace rolelens {

// Reads one entry of a catalog file's "guidance": advice the sources give owners, with the
// documents that repeat it.
class GuidanceParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit GuidanceParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
    CitationsParser m_citations;
};

} // namespace rolelens
