#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"
#include "model/Role.h"

namespace rolelens {

// Reads a role's lists of cited statements: what it is responsible for, its skills, what it
// is not responsible for (and who is), the misconceptions about it and its reporting lines.
// Each returns false (or nothing) if any entry is wrong.
class RoleListsParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit RoleListsParser(CatalogParseContext &context);

    bool parseResponsibilities(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseSkills(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseExclusions(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseMisconceptions(const QJsonArray &items, const JsonPath &path, Role &role);
    // `reportsTo` or `supervises`: optional; each entry a role id or
    // {role, label?, condition?, sources}. Absent, an empty list.
    std::optional<QList<RoleLink>> parseRoleLinks(const QJsonObject &object, const QString &key,
                                                  const JsonPath &path);

private:
    // Responsibilities and skills share one shape: {id, name, description?, sources}.
    std::optional<RoleLink> parseRoleLink(const QJsonValue &value, const JsonPath &path);
    template <typename Item>
    bool parseNamedItems(const QJsonArray &items, const JsonPath &path, QList<Item> &into);

    CatalogParseContext &m_context;
    JsonReader &m_reader;
    CitationsParser m_citations;
};

} // namespace rolelens
