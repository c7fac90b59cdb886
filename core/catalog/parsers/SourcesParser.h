#pragma once

#include "catalog/parsers/CatalogParseContext.h"

#include <QCoreApplication>

namespace rolelens {

// Reads one entry of a catalog file's "sources": where statements come from (an article,
// general practice, an illustrative assumption or a published benchmark report).
class SourcesParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit SourcesParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    // The fields that describe a published report (year, data period, method, sample,
    // address): required on a published benchmark, refused on every other kind. False when
    // one is wrong (reported).
    bool parsePublication(const QJsonObject &object, const JsonPath &path, bool publication,
                          Source &source);

    CatalogParseContext &m_context;
    JsonReader &m_reader;
};

} // namespace rolelens
