#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"
#include "model/Role.h"

#include <QCoreApplication>

namespace rolelens {

// Reads a role's illustrative assumptions, which the window lets the user change: how soon
// its results show ("expectedResults") and how fast it grows an audience ("audienceGrowth").
// Each returns false if the object is wrong, and sets the role's value otherwise.
class RoleAssumptionsParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit RoleAssumptionsParser(CatalogParseContext &context);

    bool parseExpectedResults(const QJsonObject &object, const JsonPath &path, Role &role);
    bool parseAudienceGrowth(const QJsonObject &object, const JsonPath &path, Role &role);

private:
    JsonReader &m_reader;
    CitationsParser m_citations;
};

} // namespace rolelens
