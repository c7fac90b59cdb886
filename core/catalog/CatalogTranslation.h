#pragma once

#include "json/JsonReader.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rolelens {

// The text of one catalog file in another language, from a file beside it
// ("03-roles.json" is translated by "03-roles.de.json"): the same entries, matched by id (or,
// in lists without ids, by place), holding only the fields written in words. Ids, sources,
// quotes, tags and numbers stay the catalog's: the articles' quotes are evidence and are
// never replaced. The translated text then goes through the catalog's own parsers, so it
// is checked as the English is.
class CatalogTranslation {
    Q_DECLARE_TR_FUNCTIONS(CatalogTranslation)

public:
    static constexpr int kFormatVersion = 1;

    // The translation file for `catalogFile` in `language` ("de"), beside it.
    static QString fileFor(const QString &catalogFile, const QString &language);

    // Reads `bytes` (the file `translationFile`) and lays its text over `catalog`, a catalog
    // file's root. A translation naming an entry or a field the catalog file lacks, missing a
    // field of an entry it translates, or holding what is never translated is an error, with
    // its file and JSON path, in `errors`. Returns the entries it does not translate
    // ("roles[social-media-manager]"), which stay in English.
    static QStringList apply(QJsonObject &catalog, const QByteArray &bytes,
                             const QString &translationFile, const QString &language,
                             Diagnostics &errors);

private:
    explicit CatalogTranslation(JsonReader &reader) : m_reader(reader) {}

    QJsonObject overlayObject(const QJsonObject &english, const QJsonObject &translated,
                              const QStringList &steps, const JsonPath &path);
    QJsonValue overlayValue(const QJsonValue &english, const QJsonValue &translated,
                            const QStringList &steps, const JsonPath &path);
    QJsonArray overlayArray(const QJsonArray &english, const QJsonArray &translated,
                            const QStringList &steps, const JsonPath &path);
    // Entries of a list matched by the value of `key`: "id" in a list of a file's entries or
    // of a role's responsibilities or skills, "role" in a role's reporting lines.
    QJsonArray overlayById(const QJsonArray &english, const QJsonArray &translated,
                           const QString &key, const QStringList &steps, const JsonPath &path);

    // Whether the value at `steps` ("roles", "[]", "title") is, or holds, text to translate.
    static bool isTranslatable(const QJsonValue &english, const QStringList &steps);
    static bool mayHoldTranslatable(const QStringList &steps);

    JsonReader &m_reader;
    QStringList m_untranslated;
};

} // namespace rolelens
