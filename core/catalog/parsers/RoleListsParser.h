#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"
#include "model/Role.h"

namespace rolelens {

// Reads a role's lists of cited statements: what it is responsible for, its skills, what it
// is not responsible for (and who is) and the misconceptions about it. Each returns false if
// any entry is wrong.
class RoleListsParser {
public:
    explicit RoleListsParser(CatalogParseContext &context);

    bool parseResponsibilities(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseSkills(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseExclusions(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseMisconceptions(const QJsonArray &items, const JsonPath &path, Role &role);

private:
    // Responsibilities and skills share one shape: {id, name, description?, sources}.
    template <typename Item>
    bool parseNamedItems(const QJsonArray &items, const JsonPath &path, QList<Item> &into);

    CatalogParseContext &m_context;
    JsonReader &m_reader;
    CitationsParser m_citations;
};

} // namespace rolelens
