#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "catalog/parsers/CitationsParser.h"

#include <QCoreApplication>

namespace rolelens {

// Reads one entry of a catalog file's "disagreements": a question on which the sources
// disagree, with every position and its citations.
class DisagreementsParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit DisagreementsParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    CatalogParseContext &m_context;
    JsonReader &m_reader;
    CitationsParser m_citations;
};

} // namespace rolelens
