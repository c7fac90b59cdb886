#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"
#include "catalog/parsers/MetricUsesParser.h"
#include "catalog/parsers/RoleAssumptionsParser.h"
#include "catalog/parsers/RoleDimensionsParser.h"
#include "catalog/parsers/RoleListsParser.h"

#include <QCoreApplication>

namespace rolelens {

// Reads one entry of a catalog file's "roles": its own fields here, its parts (dimensions,
// lists, metrics, assumptions) in the parsers it holds. A role with any problem is left out
// of the file's results; its problems are all reported.
class RolesParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit RolesParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
    CitationsParser m_citations;
    RoleDimensionsParser m_dimensions;
    RoleListsParser m_lists;
    MetricUsesParser m_metricUses;
    RoleAssumptionsParser m_assumptions;
};

} // namespace rolelens
