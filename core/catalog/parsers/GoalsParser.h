#pragma once

#include "catalog/parsers/CatalogParseContext.h"

#include <QCoreApplication>

namespace rolelens {

// Reads one entry of a catalog file's "goals": what an owner may want from a hire, served by
// roles through metrics or dimension tags.
class GoalsParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit GoalsParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
};

} // namespace rolelens
