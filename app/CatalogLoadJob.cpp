#include "CatalogLoadJob.h"

#include "CatalogLoader.h"

#include <QFileInfo>
#include <QThread>

namespace rolelens {

CatalogLoadJob::CatalogLoadJob(QStringList files, QObject *parent)
    : QObject(parent), m_files(std::move(files))
{
}

CatalogLoadJob::~CatalogLoadJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
    }
}

void CatalogLoadJob::start()
{
    Q_ASSERT(!m_thread);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("catalog loader"));
    m_thread->start();
}

void CatalogLoadJob::cancel()
{
    m_cancelled = true;
}

bool CatalogLoadJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

std::optional<Result<Catalog>> CatalogLoadJob::takeResult()
{
    if (m_thread) {
        m_thread->wait(); // finished() is emitted as the worker's last act
    }
    return std::exchange(m_result, std::nullopt);
}

void CatalogLoadJob::run()
{
    qint64 total = 0;
    for (const QString &file : m_files) {
        total += QFileInfo(file).size();
    }
    qint64 read = 0;
    CatalogLoader loader;
    loader.addBuiltIn();
    for (const QString &file : m_files) {
        if (m_cancelled) {
            emit finished();
            return;
        }
        emit progress(read, total, file);
        loader.addFile(file);
        read += QFileInfo(file).size();
    }
    if (m_cancelled) {
        emit finished();
        return;
    }
    emit progress(total, total, QString());
    auto result = loader.finish();
    if (result && !m_cancelled) {
        m_searchIndex = std::make_shared<const SearchIndex>(SearchIndex::ofRoles(result.value()));
    }
    if (!m_cancelled) {
        m_result.emplace(std::move(result));
    }
    emit finished();
}

} // namespace rolelens
