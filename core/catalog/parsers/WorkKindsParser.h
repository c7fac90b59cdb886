#pragma once

#include "catalog/parsers/CatalogParseContext.h"
#include "model/WorkKind.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace rolelens {

// Reads one entry of a catalog file's "workKinds": a choice between two kinds of work the
// self-check offers, each side defined by the dimension tags that show it in a role.
class WorkKindsParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    explicit WorkKindsParser(CatalogParseContext &context);

    void parse(const QJsonObject &object, const JsonPath &path);

private:
    std::optional<WorkKind::Side> parseSide(const QJsonObject &object, const JsonPath &path);
    bool parseTags(const QJsonObject &tags, const JsonPath &path, WorkKind::Side &side);

    CatalogParseContext &m_context;
    JsonReader &m_reader;
    // Side id -> its work kind's id: a student names a side by its id alone ("rolelens fit
    // --prefer strategy"), so two kinds of one file must not share one.
    QHash<QString, QString> m_sideKinds;
};

} // namespace rolelens
