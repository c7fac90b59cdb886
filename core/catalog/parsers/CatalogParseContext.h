#pragma once

#include "catalog/CatalogLoader.h"
#include "json/JsonReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <optional>

namespace rolelens {

// What the section parsers of one catalog file share: the reader that collects the file's
// problems, what the file yields, the ids it claims and the references it makes, which the
// loader checks once every file is in. One per file, so that files can be parsed side by side.
class CatalogParseContext {
    Q_DECLARE_TR_FUNCTIONS(CatalogFileParser)

public:
    // The loader's private types, for the section parsers: the loader befriends this class
    // and the driver, not each parser.
    using ParsedFile = CatalogLoader::ParsedFile;
    using ReferenceKind = CatalogLoader::Reference::Kind;

    CatalogParseContext(ParsedFile &into, StringPool &strings);
    CatalogParseContext(const CatalogParseContext &) = delete;
    CatalogParseContext &operator=(const CatalogParseContext &) = delete;

    JsonReader &reader() { return m_reader; }
    ParsedFile &into() { return m_into; }
    StringPool &strings() { return m_strings; }

    // Claims `kind id` ("role social-media-manager") for the entry at `path`, which then owns
    // the references made until the next claim; false, reported, if the file claimed it
    // before.
    bool claimId(const QString &kind, const QString &id, const JsonPath &path);
    void reference(ReferenceKind kind, const QString &id, const JsonPath &path,
                   bool hasQuote = false);
    // An optional list of ids of one kind, each recorded as a reference: absent, an empty
    // list.
    std::optional<QStringList> references(ReferenceKind kind, const QJsonObject &object,
                                          const QString &key, const JsonPath &path);
    std::optional<QStringList> roleReferences(const QJsonObject &object, const QString &key,
                                              const JsonPath &path)
    {
        return references(ReferenceKind::Role, object, key, path);
    }

    // Runs parseItem on every object of an array. parseItem returns the item's key (checked
    // to be unique within the array; empty: not checked), or nothing when the item is
    // invalid. False if any item was.
    template <typename ParseItem>
    bool forEachObject(const QJsonArray &items, const JsonPath &path, ParseItem parseItem)
    {
        bool ok = true;
        QStringList seen;
        seen.reserve(items.size());
        for (qsizetype i = 0; i < items.size(); ++i) {
            const JsonPath itemPath = path.element(i);
            const auto object = m_reader.elementObject(items.at(i), itemPath);
            if (!object) {
                ok = false;
                continue;
            }
            const std::optional<QString> key = parseItem(*object, itemPath);
            if (!key) {
                ok = false;
            } else if (!key->isEmpty()) {
                if (seen.contains(*key)) {
                    reportListedTwice(*key, itemPath);
                    ok = false;
                }
                seen.append(*key);
            }
        }
        return ok;
    }

private:
    void reportListedTwice(const QString &key, const JsonPath &path);

    ParsedFile &m_into;
    StringPool &m_strings;
    JsonReader m_reader;
    QString m_owner;
    QSet<QString> m_idsInFile;
    // Key text -> place in m_into.pathKeys, found by the text's address: the loaders' keys
    // are literals or made once, so a handful of addresses cover every reference; the table
    // keeps a copy of each key, so no address can be freed and reused while it is in use.
    QHash<const QChar *, quint32> m_pathKeyIndex;
};

} // namespace rolelens
