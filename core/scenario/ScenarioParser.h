#pragma once

#include "base/Diagnostic.h"
#include "catalog/Catalog.h"
#include "json/JsonReader.h"
#include "scenario/Scenario.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>

namespace rolelens {

// Reads one scenario file (docs/scenario-format.md), checking every field and every id
// against the catalog as it goes and recording each problem with its JSON path. Its messages
// are ScenarioFile's: that is the class the translations know them by.
class ScenarioParser {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    ScenarioParser(const QString &fileName, const Catalog &catalog, Diagnostics &errors);

    // Nothing when the file has any problem; the problems are in `errors`.
    std::optional<Scenario> parse(const QByteArray &bytes);

private:
    // A list of ids; `suggest` gives nothing for a known id and the nearest known ones for
    // an unknown one, which is an error naming them. Duplicates are errors too.
    template <typename Suggest>
    QStringList idList(const QJsonObject &object, const char *key, const JsonPath &path,
                       const QString &what, Suggest suggest);
    // A `suggest` for the ids of these catalog entries.
    template <typename Entries>
    static std::function<QStringList(const QString &)> idsOf(const Entries &entries);
    std::optional<QString> text(const QJsonObject &object, const char *key, const JsonPath &path);
    std::optional<int> count(const QJsonObject &object, const char *key, const JsonPath &path,
                             int minimum, int maximum);
    std::optional<double> amount(const QJsonObject &object, const char *key, const JsonPath &path,
                                 double maximum);
    // The object `key` of the root: nothing when it is absent or wrong (then the file is).
    std::optional<QJsonObject> part(const QJsonObject &root, const QString &key);
    void parseConsidering(const QJsonObject &root, Scenario &scenario);
    void parseBusiness(const QJsonObject &root, Scenario &scenario);
    void parseFollowers(const QJsonObject &root, Scenario &scenario);
    void parseBudget(const QJsonObject &root, Scenario &scenario);
    void parseAssumptions(const QJsonObject &root, Scenario &scenario);
    void parseGrowth(const QJsonObject &assumptions, const JsonPath &path, Scenario &scenario);
    void parseOwnFigures(const QJsonObject &assumptions, const JsonPath &path, Scenario &scenario);
    void parseIssuedAgreement(const QJsonObject &root, Scenario &scenario);

    JsonReader m_reader;
    const Catalog &m_catalog;
    bool m_ok = true;
};

} // namespace rolelens
