#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QFileSystemWatcher;
QT_END_NAMESPACE

namespace rolelens {

// Keeps an eye on the scenario's file for changes made by another program (a second RoleLens
// window, a synchronised folder, an editor), so that nothing the other program wrote is lost
// to a save that did not know about it. What the file held when it was opened or last saved
// is remembered by its content: touching the file, or RoleLens's own save, is no change.
class ScenarioDiskWatch : public QObject {
    Q_OBJECT

public:
    explicit ScenarioDiskWatch(QObject *parent = nullptr);

    // Remembers what `path` holds now and watches it; an empty path watches nothing.
    void watch(const QString &path);
    QString path() const { return m_path; }
    // True when the file now holds something else than what was remembered. A file that is
    // gone has nothing to lose.
    bool changedSinceRemembered() const;

signals:
    // Once for each new content another program writes.
    void changedOnDisk(const QString &path);

private:
    void fileChanged();
    static QByteArray fingerprint(const QString &path);

    QFileSystemWatcher *m_watcher;
    QString m_path;
    QByteArray m_remembered;
    QByteArray m_announced;
};

} // namespace rolelens
