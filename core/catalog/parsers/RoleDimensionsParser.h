#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"
#include "model/Role.h"

#include <QCoreApplication>

namespace rolelens {

// Reads a role's "dimensions": one {text, tags, sources} per comparison dimension, the tags
// from that dimension's vocabulary.
class RoleDimensionsParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit RoleDimensionsParser(CatalogParseContext &context);

    // False if any dimension is missing or wrong.
    bool parse(const QJsonObject &object, const JsonPath &path, Role &role);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
    CitationsParser m_citations;
};

} // namespace rolelens
