#pragma once

#include "catalog/CatalogLoader.h"
#include "json/JsonReader.h"

#include <QCoreApplication>
#include <QSet>

namespace rolelens {

// Parses one catalog file into what it defines and the references it makes, so the loader
// can merge it and resolve the references once every file is in. Touches nothing shared but
// the string pool, so that files can be parsed side by side.
class CatalogFileParser {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    // Stops at the next entry once `stop` is requested.
    CatalogFileParser(CatalogLoader::ParsedFile &into, StringPool &strings,
                      std::stop_token stop = {});

    void parse(const QByteArray &bytes);

private:
    void parseSource(const QJsonObject &object, const JsonPath &path);
    void parseMetric(const QJsonObject &object, const JsonPath &path);
    void parseRole(const QJsonObject &object, const JsonPath &path);
    void parseDisagreement(const QJsonObject &object, const JsonPath &path);
    void parseGoal(const QJsonObject &object, const JsonPath &path);
    void parseTask(const QJsonObject &object, const JsonPath &path);

    bool parseDimensions(const QJsonObject &object, const JsonPath &path, Role &role);
    bool parseResponsibilities(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseSkills(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseMetricUses(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseExclusions(const QJsonArray &items, const JsonPath &path, Role &role);
    bool parseExpectedResults(const QJsonObject &object, const JsonPath &path, Role &role);
    bool parseAudienceGrowth(const QJsonObject &object, const JsonPath &path, Role &role);
    bool parseMisconceptions(const QJsonArray &items, const JsonPath &path, Role &role);
    std::optional<QStringList> roleReferences(const QJsonObject &object, const QString &key,
                                              const JsonPath &path);
    std::optional<Citations> citations(const QJsonObject &object, const QString &key,
                                       const JsonPath &path);
    // Responsibilities and skills share one shape: {id, name, description?, sources}.
    template <typename Item>
    bool parseNamedItems(const QJsonArray &items, const JsonPath &path, QList<Item> &into);
    // Runs parseItem on every object of an array, checking ids are unique within it.
    template <typename ParseItem>
    bool forEachObject(const QJsonArray &items, const JsonPath &path, ParseItem parseItem);

    void reference(CatalogLoader::Reference::Kind kind, const QString &id, const JsonPath &path,
                   bool hasQuote = false);
    bool claimId(const QString &kind, const QString &id, const JsonPath &path);

    CatalogLoader::ParsedFile &m_into;
    StringPool &m_strings;
    std::stop_token m_stop;
    JsonReader m_reader;
    QString m_owner;
    QSet<QString> m_idsInFile;
    // Key text -> place in m_into.pathKeys, found by the text's address: the loaders' keys
    // are literals or made once, so a handful of addresses cover every reference; the table
    // keeps a copy of each key, so no address can be freed and reused while it is in use.
    QHash<const QChar *, quint32> m_pathKeyIndex;
};

} // namespace rolelens
