#pragma once

#include "base/Result.h"
#include "catalog/Catalog.h"
#include "catalog/StringPool.h"
#include "json/JsonPath.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <array>
#include <deque>
#include <future>
#include <memory>
#include <stop_token>

namespace rolelens {

// Builds a Catalog from JSON files: the built-in files compiled into the program, then any
// number of user files that add entries or replace built-in ones with the same id. Syntax
// errors carry line and column, content errors their JSON path; every problem is reported.
// Large files are parsed on worker threads while more are added; what each file yields is
// merged in the order the files were added, so the catalog and the problems reported do not
// depend on which file finished first.
class CatalogLoader {
    Q_DECLARE_TR_FUNCTIONS(CatalogLoader)

public:
    CatalogLoader();
    ~CatalogLoader();
    CatalogLoader(const CatalogLoader &) = delete;
    CatalogLoader &operator=(const CatalogLoader &) = delete;

    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
    // Files at least this big are parsed on a worker thread while more are added.
    static constexpr qint64 kThreadedParseBytes = 256 * 1024;

    static QStringList builtInFiles();
    // The built-in catalog and then `extraFiles`, in `language` ("de"; empty or "en": English).
    static Result<Catalog> load(const QStringList &extraFiles, const QString &language);

    // The language of the text ("de"; empty or "en": the catalog's own English). Each file
    // added from now on takes its text from the translation beside it
    // (CatalogTranslation::fileFor), when there is one; entries it does not translate stay in
    // English and are logged.
    void setLanguage(const QString &language);
    const QString &language() const { return m_language; }

    void addBuiltIn();
    void addFile(const QString &path);
    // `translation`, when not null, is the text of the translation file `translationFile`.
    void addBytes(const QByteArray &bytes, const QString &fileName,
                  const QByteArray &translation = {}, const QString &translationFile = {});
    // Once `stop` is requested, files are no longer parsed (those added still count as read,
    // with nothing in them) and a parse under way ends at its next entry: for giving up a
    // load, whose catalog is then incomplete.
    void setStopToken(std::stop_token stop) { m_stop = std::move(stop); }

    // Checks every reference across all files added so far and returns the catalog, or every
    // problem found in any file.
    Result<Catalog> finish();

    // "role social-media-manager" etc.: entries a later file replaced, in order; complete once
    // finish() has run.
    const QStringList &replacedEntries() const { return m_replaced; }
    // "roles[social-media-manager] of FILE": entries whose file has a translation that leaves
    // them out, shown in English; complete once finish() has run.
    const QStringList &untranslatedEntries() const { return m_untranslated; }

private:
    friend class CatalogFileParser;
    friend class CatalogParseContext;

    // A reference to check once every file is in. A large catalog makes over a million, so
    // each is kept small: its path is the entry's path (shared by all the entry's references)
    // and a few steps, a key step naming its key by its place in the file's key table.
    struct Reference {
        // BenchmarkSource: a source that must be a published benchmark.
        enum class Kind : quint8 { Source, BenchmarkSource, Metric, Role, Task, Disagreement };
        static constexpr quint32 kElement = 0x80000000; // a step that is an index, not a key

        Kind kind = Kind::Source;
        bool hasQuote = false;
        quint8 stepCount = 0;
        qint32 file = 0; // index in m_files, and in m_pathKeys
        QString id;
        QString owner;
        QString prefix;
        std::array<quint32, JsonPath::kMaxSteps> steps{};
    };

    // What parsing one file yields, kept apart until it is merged into the loader.
    struct ParsedFile {
        struct Claim {
            QString owner; // "role social-media-manager"
            JsonPath path;
        };
        QString fileName;
        qint32 fileIndex = 0;
        QStringList pathKeys; // the keys the references' steps name
        Diagnostics errors;
        QList<Claim> claims; // every id the file defines, in order, valid or not
        QList<Reference> references;
        QList<Source> sources;
        QList<Metric> metrics;
        QList<Role> roles;
        QList<Disagreement> disagreements;
        QList<Goal> goals;
        QList<Task> tasks;
        QList<Benchmark> benchmarks;
        QList<Guidance> guidance;
        QList<WorkKind> workKinds;
        QStringList untranslated; // entries the translation left in English
    };
    // A file added: the problems found reading it, or its parse, running or done.
    struct Pending {
        Diagnostics errors;
        std::shared_ptr<ParsedFile> parsed;
        std::future<void> done;
    };

    void merge(ParsedFile &file);
    // Waits for the oldest pending files and merges them until at most `keep` are left.
    void mergePending(std::size_t keep = 0);
    void noteReplacement(const QString &owner, const QString &file);
    QString pathOf(const Reference &reference) const;

    Catalog m_catalog;
    StringPool m_strings; // shared by every file, so equal values across files share too
    std::stop_token m_stop;
    QString m_language;
    Diagnostics m_errors;
    QList<Reference> m_references;
    QHash<QString, QString> m_ownerFiles;  // owner key -> file that defined it
    QHash<QString, JsonPath> m_ownerPaths; // owner key -> JSON path in that file
    QStringList m_replaced;
    QStringList m_untranslated;
    QStringList m_files;           // in the order read
    QList<QStringList> m_pathKeys; // per file: the keys its references' steps name
    std::deque<Pending> m_pending;
    std::unique_ptr<QThreadPool> m_threads; // last: destroyed first, waiting for its tasks
};

} // namespace rolelens
