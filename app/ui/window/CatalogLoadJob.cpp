#include "ui/window/CatalogLoadJob.h"

#include "catalog/CatalogLoader.h"
#include "i18n/Languages.h"

#include <QFileInfo>
#include <QThread>

namespace rolelens {

CatalogLoadJob::CatalogLoadJob(QStringList files, QObject *parent)
    : QObject(parent), m_files(std::move(files)), m_language(Languages::current())
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
    m_stop.request_stop();
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
    QList<qint64> sizes;
    qint64 total = 0;
    for (const QString &file : m_files) {
        sizes.append(QFileInfo(file).size());
        total += sizes.last();
    }
    qint64 read = 0;
    CatalogLoader loader;
    loader.setStopToken(m_stop.get_token());
    loader.setLanguage(m_language);
    loader.addBuiltIn();
    for (qsizetype i = 0; i < m_files.size(); ++i) {
        if (m_stop.stop_requested()) {
            emit finished();
            return;
        }
        emit progress(read, total, m_files.at(i));
        loader.addFile(m_files.at(i));
        read += sizes.at(i);
    }
    if (m_stop.stop_requested()) {
        emit finished();
        return;
    }
    emit progress(total, total, QString());
    auto result = loader.finish();
    if (result && !m_stop.stop_requested()) {
        m_searchIndex = std::make_shared<const SearchIndex>(SearchIndex::ofRoles(result.value()));
        const Advisor advisor(result.value());
        advisor.prepare(m_stop.get_token());
        if (!m_stop.stop_requested()) {
            m_advisorMemory = advisor.memory();
        }
    }
    if (!m_stop.stop_requested()) {
        m_result.emplace(std::move(result));
    }
    emit finished();
}

} // namespace rolelens
