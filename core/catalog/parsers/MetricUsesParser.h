#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"
#include "model/Role.h"

#include <QCoreApplication>

namespace rolelens {

// Reads a role's "metrics": how much the role is judged by each metric (emphasis, a weight of
// 1 to 5) and the statements that say so.
class MetricUsesParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit MetricUsesParser(CatalogParseContext &context);

    // False if any entry is wrong.
    bool parse(const QJsonArray &items, const JsonPath &path, Role &role);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
    CitationsParser m_citations;
};

} // namespace rolelens
