#pragma once

#include "Catalog.h"
#include "JsonPath.h"
#include "Result.h"
#include "StringPool.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

// Builds a Catalog from JSON files: the built-in files compiled into the program, then any
// number of user files that add entries or replace built-in ones with the same id. Syntax
// errors carry line and column, content errors their JSON path; every problem is reported.
class CatalogLoader {
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;

    static QStringList builtInFiles();

    void addBuiltIn();
    void addFile(const QString &path);
    void addBytes(const QByteArray &bytes, const QString &fileName);

    // Checks every reference across all files added so far and returns the catalog, or every
    // problem found in any file.
    Result<Catalog> finish();

    // "role social-media-manager" etc.: entries a later file replaced, in order.
    const QStringList &replacedEntries() const { return m_replaced; }

private:
    friend class CatalogFileParser;

    struct Reference {
        enum class Kind { Source, Metric, Role };
        Kind kind;
        QString id;
        QString owner;
        QString file;
        JsonPath path;
        bool hasQuote = false;
    };

    void noteReplacement(const QString &owner, const QString &file);

    Catalog m_catalog;
    StringPool m_strings; // shared by every file, so equal values across files share too
    Diagnostics m_errors;
    QList<Reference> m_references;
    QHash<QString, QString> m_ownerFiles;  // owner key -> file that defined it
    QHash<QString, JsonPath> m_ownerPaths; // owner key -> JSON path in that file
    QStringList m_replaced;
    QStringList m_files; // in the order read
};

} // namespace rolelens
