#pragma once

#include "advisor/Advisor.h"
#include "base/Result.h"
#include "catalog/Catalog.h"
#include "catalog/SearchIndex.h"

#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>
#include <stop_token>

QT_BEGIN_NAMESPACE
class QThread;
QT_END_NAMESPACE

namespace rolelens {

// Loads the built-in catalog plus the user's catalog files on a worker thread, and there too
// indexes the roles' words for search and prepares the advisor's lookups, so that the window
// paints and stays responsive however large the files are. Reports progress by bytes read;
// cancelling (or destroying the job) stops between files and waits for the worker.
class CatalogLoadJob : public QObject {
    Q_OBJECT

public:
    explicit CatalogLoadJob(QStringList files, QObject *parent = nullptr);
    ~CatalogLoadJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    // After finished(): the catalog or every problem found; empty when cancelled.
    std::optional<Result<Catalog>> takeResult();
    // After finished(), with a catalog: SearchIndex::ofRoles() of it.
    std::shared_ptr<const SearchIndex> searchIndex() const { return m_searchIndex; }
    // After finished(), with a catalog: what an Advisor of it has prepared.
    Advisor::Memory advisorMemory() const { return m_advisorMemory; }

signals:
    // bytesRead of totalBytes; `file` is the file being read, empty while checking references.
    void progress(qint64 bytesRead, qint64 totalBytes, const QString &file);
    void finished();

private:
    void run();

    const QStringList m_files;
    const QString m_language; // the catalog's text: the language in use when the job began
    std::stop_source m_stop;
    std::unique_ptr<QThread> m_thread;
    // Written by the worker before it emits finished(), read by the GUI thread after.
    std::optional<Result<Catalog>> m_result;
    std::shared_ptr<const SearchIndex> m_searchIndex;
    Advisor::Memory m_advisorMemory;
};

} // namespace rolelens
