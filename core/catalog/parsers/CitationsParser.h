#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "model/Citation.h"

#include <QCoreApplication>

namespace rolelens {

// Reads the citations that back every statement of the catalog: a non-empty list of
// {source, quote?}, each source recorded as a reference for the loader to check.
class CitationsParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit CitationsParser(CatalogParseContext &context);

    // The list `key` of `object`, which is required; interned in the string pool.
    std::optional<Citations> parse(const QJsonObject &object, const QString &key,
                                   const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
};

} // namespace rolelens
