#pragma once

#include "catalog/parsers/CatalogParseContext.h"

#include <QCoreApplication>

namespace rolelens {

// Reads one entry of a catalog file's "tasks": work an owner may hand to a hire, with the
// responsibilities that cover it and the role that handles it.
class TasksParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit TasksParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
};

} // namespace rolelens
