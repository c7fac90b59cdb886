#include "ui/window/FileOpener.h"

#include "i18n/Languages.h"
#include "io/RoleLensFile.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/window/Dialogs.h"
#include "ui/window/MainWindow.h"
#include "ui/window/Settings.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QProcess>
#include <QStatusBar>
#include <QUrl>

namespace rolelens {
namespace {

FileOpener::WindowStarter &windowStarter()
{
    static FileOpener::WindowStarter starter = [](const QStringList &arguments) {
        return QProcess::startDetached(QCoreApplication::applicationFilePath(), arguments);
    };
    return starter;
}

QStringList localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data || !data->hasUrls()) {
        return files;
    }
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile()) {
            files.append(url.toLocalFile());
        }
    }
    return files;
}

QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

FileOpener::FileOpener(MainWindow &window) : QObject(&window), m_window(window)
{
    m_window.setAcceptDrops(true);
    m_window.installEventFilter(this);
}

void FileOpener::setWindowStarter(WindowStarter starter)
{
    windowStarter() = std::move(starter);
}

void FileOpener::splitCatalogFiles(const QStringList &paths, QStringList *catalogFiles,
                                   QStringList *otherFiles)
{
    for (const QString &path : paths) {
        const auto kind = RoleLensFile::kindOf(path);
        (kind && kind.value() == RoleLensFile::Kind::Catalog ? catalogFiles : otherFiles)
            ->append(path);
    }
}

bool FileOpener::open(const QStringList &paths)
{
    Diagnostics problems;
    QString scenario;
    QStringList catalogs;
    for (const QString &path : paths) {
        const auto kind = RoleLensFile::kindOf(path);
        if (!kind) {
            problems.append(kind.errors());
        } else if (kind.value() == RoleLensFile::Kind::Catalog) {
            if (!m_window.catalogFiles().contains(absolute(path)) &&
                !m_window.catalogFiles().contains(path)) {
                catalogs.append(absolute(path));
            } else {
                m_window.statusBar()->showMessage(tr("%1 is already part of this window's catalog.")
                                                      .arg(QDir::toNativeSeparators(path)),
                                                  5000);
            }
        } else if (scenario.isEmpty()) {
            scenario = path;
        } else {
            problems.append({path,
                             0,
                             0,
                             {},
                             tr("not opened: the Advisor holds one scenario at a time, and "
                                "%1 came first")
                                 .arg(QFileInfo(scenario).fileName())});
        }
    }
    bool opened = problems.isEmpty();
    // Problems first: the scenario's own questions (unsaved changes) come after, not under it.
    if (!problems.isEmpty()) {
        Dialogs::warning(&m_window, tr("Open"),
                         tr("Not everything could be opened:\n\n%1").arg(firstLines(problems, 20)));
    }
    if (!catalogs.isEmpty()) {
        opened = openCatalogsInNewWindow(catalogs) && opened;
    }
    if (!scenario.isEmpty()) {
        const bool scenarioOpened = m_window.scenarioSession()->openFile(scenario);
        if (scenarioOpened) {
            m_window.showView(MainWindow::View::Advisor);
        }
        opened = scenarioOpened && opened;
    }
    return opened;
}

void FileOpener::openAtStart(const QStringList &paths)
{
    if (!paths.isEmpty()) {
        open(paths);
        return;
    }
    const ScenarioSession *session = m_window.scenarioSession();
    if (!Settings::value(Settings::Key::ReopenLastScenario).toBool() ||
        !session->filePath().isEmpty() || session->isModified()) {
        return;
    }
    // A file moved or deleted since is simply not reopened: nothing asked, nothing lost.
    const QString last = ScenarioSession::recentFiles().value(0);
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        m_window.scenarioSession()->openFile(last);
    }
}

bool FileOpener::openCatalogsInNewWindow(const QStringList &catalogFiles)
{
    QStringList arguments{QStringLiteral("--lang"), Languages::current()};
    for (const QString &file : m_window.catalogFiles() + catalogFiles) {
        arguments << QStringLiteral("--catalog") << file;
    }
    QStringList names;
    for (const QString &file : catalogFiles) {
        names.append(QFileInfo(file).fileName());
    }
    if (!windowStarter()(arguments)) {
        Dialogs::warning(&m_window, tr("Open"),
                         tr("A new window with the roles of %1 could not be started.")
                             .arg(names.join(QStringLiteral(", "))));
        return false;
    }
    m_window.statusBar()->showMessage(
        tr("Opening a new window with the roles of %1; this one stays as it is.")
            .arg(names.join(QStringLiteral(", "))),
        8000);
    return true;
}

bool FileOpener::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window) {
        return QObject::eventFilter(watched, event);
    }
    switch (event->type()) {
    case QEvent::DragEnter: {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (!localFiles(drag->mimeData()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
        break;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            // After the drop returns: the file manager that sent it is not kept waiting on
            // the questions opening may ask.
            QMetaObject::invokeMethod(
                this, [this, files] { open(files); }, Qt::QueuedConnection);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace rolelens
