#include "ui/advisor/ScenarioDiskWatch.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace rolelens {

ScenarioDiskWatch::ScenarioDiskWatch(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this))
{
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &ScenarioDiskWatch::fileChanged);
}

void ScenarioDiskWatch::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty()) {
        m_watcher->removePaths(m_watcher->files());
    }
    m_path = path;
    m_remembered = path.isEmpty() ? QByteArray() : fingerprint(path);
    m_announced = m_remembered;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        m_watcher->addPath(path);
    }
}

bool ScenarioDiskWatch::changedSinceRemembered() const
{
    if (m_path.isEmpty()) {
        return false;
    }
    const QByteArray now = fingerprint(m_path);
    return !now.isEmpty() && now != m_remembered;
}

void ScenarioDiskWatch::fileChanged()
{
    // Programs that save safely write a new file and rename it over the old one, and the
    // watcher forgets a file that was replaced: watch the new one.
    if (QFileInfo::exists(m_path) && !m_watcher->files().contains(m_path)) {
        m_watcher->addPath(m_path);
    }
    const QByteArray now = fingerprint(m_path);
    if (now.isEmpty() || now == m_remembered || now == m_announced) {
        return;
    }
    m_announced = now;
    emit changedOnDisk(m_path);
}

QByteArray ScenarioDiskWatch::fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace rolelens
