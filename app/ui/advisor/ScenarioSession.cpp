#include "ui/advisor/ScenarioSession.h"

#include "base/Logging.h"
#include "io/AtomicFile.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AutosaveFiles.h"
#include "ui/advisor/ScenarioDiskWatch.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/window/Dialogs.h"
#include "ui/window/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

namespace rolelens {
ScenarioSession::ScenarioSession(const Catalog &catalog, QWidget *window)
    : QObject(window), m_catalog(catalog), m_window(window), m_autosaveTimer(new QTimer(this)),
      m_undoStack(new QUndoStack(this)), m_diskWatch(new ScenarioDiskWatch(this))
{
    m_undoStack->setObjectName(QStringLiteral("scenarioUndoStack"));
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &ScenarioSession::writeAutosave);
    connect(m_diskWatch, &ScenarioDiskWatch::changedOnDisk, this, &ScenarioSession::changedOnDisk);
}

void ScenarioSession::attachView(AdvisorView *view)
{
    Q_ASSERT(!m_view && view);
    const bool unchanged = m_current == m_saved;
    m_view = view;
    m_view->setScenario(m_current);
    m_current = Scenario{};
    // As in setCurrent(): what the form shows of the file is what counts as saved.
    if (unchanged && !m_forceModified) {
        m_saved = m_view->scenario();
    }
    connect(m_view, &AdvisorView::scenarioChanged, this, &ScenarioSession::viewChanged);
    m_view->form()->setUndoStack(m_undoStack);
}

Scenario ScenarioSession::scenario() const
{
    return m_view ? m_view->scenario() : m_current;
}

ScenarioSession::~ScenarioSession()
{
    m_autosaveTimer->stop();
}

QString ScenarioSession::fileFilter()
{
    return tr("RoleLens scenarios (*.rolelens.json)");
}

QString ScenarioSession::displayName() const
{
    if (!m_path.isEmpty()) {
        return QFileInfo(m_path).fileName();
    }
    return m_exampleName.isEmpty() ? tr("Untitled") : tr("%1 (example)").arg(m_exampleName);
}

QString ScenarioSession::exampleName(const QString &resource)
{
    QString name = QFileInfo(resource).fileName();
    name.chop(ScenarioFile::fileSuffix().size());
    name.remove(QRegularExpression(QStringLiteral("^\\d+-")));
    name.replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper();
    }
    return name;
}

void ScenarioSession::viewChanged()
{
    const bool modified = m_forceModified || scenario() != m_saved;
    if (modified) {
        // Debounced: written once the user pauses.
        m_autosaveTimer->start();
    } else {
        m_autosaveTimer->stop();
        AutosaveFiles::remove();
    }
    if (modified != m_modified) {
        m_modified = modified;
        emit stateChanged();
    }
}

void ScenarioSession::setCurrent(const Scenario &scenario, const QString &path, bool forceModified,
                                 const QString &exampleName)
{
    m_autosaveTimer->stop();
    // The changes recorded were the other scenario's.
    m_undoStack->clear();
    if (m_view) {
        m_view->setScenario(scenario);
    } else {
        m_current = scenario;
    }
    m_path = path;
    m_diskWatch->watch(path);
    m_exampleName = exampleName;
    m_saved = forceModified ? Scenario{} : this->scenario();
    m_forceModified = forceModified;
    m_modified = forceModified || this->scenario() != m_saved;
    emit stateChanged();
}

bool ScenarioSession::maybeSave()
{
    if (!m_modified) {
        return true;
    }
    switch (Dialogs::unsavedChanges(
        m_window, tr("Unsaved changes"),
        tr("The scenario \"%1\" has changes that are not saved. Save them?").arg(displayName()))) {
    case Dialogs::UnsavedChoice::Save:
        return save();
    case Dialogs::UnsavedChoice::Discard:
        m_autosaveTimer->stop();
        AutosaveFiles::remove();
        return true;
    case Dialogs::UnsavedChoice::Cancel:
        break;
    }
    return false;
}

bool ScenarioSession::newScenario()
{
    if (!maybeSave()) {
        return false;
    }
    setCurrent(Scenario{}, QString(), false);
    emit message(tr("New scenario."));
    return true;
}

bool ScenarioSession::open()
{
    QString folder = Settings::value(Settings::Key::ScenarioFolder).toString();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString path = Dialogs::openFileName(m_window, tr("Open scenario"), folder, fileFilter());
    return !path.isEmpty() && openFile(path);
}

bool ScenarioSession::openFile(const QString &path)
{
    // Read first: a file that cannot be read costs the user nothing, not even a question.
    const auto loaded = ScenarioFile::load(path, m_catalog);
    if (!loaded) {
        Dialogs::warning(m_window, tr("Open scenario"),
                         tr("%1 could not be opened:\n\n%2")
                             .arg(QDir::toNativeSeparators(path), firstLines(loaded.errors(), 20)));
        if (!QFileInfo::exists(path)) {
            QStringList recent = recentFiles();
            recent.removeAll(QFileInfo(path).absoluteFilePath());
            Settings::setValue(Settings::Key::RecentScenarios, recent);
            emit recentFilesChanged();
        }
        return false;
    }
    if (!maybeSave()) {
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    setCurrent(loaded.value(), absolute, false);
    Settings::setValue(Settings::Key::ScenarioFolder, QFileInfo(absolute).absolutePath());
    addRecent(absolute);
    emit message(tr("Opened %1.").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

bool ScenarioSession::openExample(const QString &resource)
{
    const auto loaded = ScenarioFile::load(resource, m_catalog);
    if (!loaded) {
        QStringList lines;
        for (const auto &error : loaded.errors()) {
            lines.append(error.toString());
        }
        Dialogs::warning(m_window, tr("Open example"), lines.join(QLatin1Char('\n')));
        return false;
    }
    if (!maybeSave()) {
        return false;
    }
    // An untitled copy: saving asks for a name, the example itself stays as it is.
    setCurrent(loaded.value(), QString(), false, exampleName(resource));
    emit message(tr("Opened the example \"%1\".").arg(exampleName(resource)));
    return true;
}

bool ScenarioSession::fileChangedSinceOpenedOrSaved() const
{
    return m_diskWatch->changedSinceRemembered();
}

bool ScenarioSession::reload()
{
    if (m_path.isEmpty()) {
        return false;
    }
    const auto loaded = ScenarioFile::load(m_path, m_catalog);
    if (!loaded) {
        Dialogs::warning(
            m_window, tr("Reload scenario"),
            tr("%1 could not be reloaded; the scenario stays as it is:\n\n%2")
                .arg(QDir::toNativeSeparators(m_path), firstLines(loaded.errors(), 20)));
        return false;
    }
    if (m_modified &&
        !Dialogs::question(m_window, tr("Reload scenario"),
                           tr("Reload %1 as the other program left it, and lose the changes "
                              "not saved here?")
                               .arg(QDir::toNativeSeparators(m_path)))) {
        return false;
    }
    m_autosaveTimer->stop();
    AutosaveFiles::remove();
    setCurrent(loaded.value(), m_path, false);
    emit message(tr("Reloaded %1.").arg(QDir::toNativeSeparators(m_path)));
    return true;
}

bool ScenarioSession::save()
{
    return m_path.isEmpty() ? saveAs() : saveTo(m_path);
}

bool ScenarioSession::saveAs()
{
    QString folder = m_path.isEmpty() ? Settings::value(Settings::Key::ScenarioFolder).toString()
                                      : QFileInfo(m_path).absolutePath();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    QString name =
        m_path.isEmpty() ? scenario().businessName.toLower() : QFileInfo(m_path).fileName();
    if (m_path.isEmpty()) {
        name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
        name.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
        name = (name.isEmpty() ? tr("scenario") : name) + ScenarioFile::fileSuffix();
    }
    const QString path = Dialogs::saveFileName(m_window, tr("Save scenario as"),
                                               QDir(folder).filePath(name), fileFilter());
    return !path.isEmpty() && saveTo(path);
}

bool ScenarioSession::saveTo(QString path)
{
    // "bakery" becomes "bakery.rolelens.json"; a folder stays a folder, and fails below.
    if (QFileInfo(path).suffix().isEmpty() && !QFileInfo(path).isDir()) {
        path += ScenarioFile::fileSuffix();
    }
    if (QFileInfo(path).absoluteFilePath() == m_path && fileChangedSinceOpenedOrSaved()) {
        switch (Dialogs::changedOnDisk(
            m_window, tr("Save scenario"),
            tr("%1 was changed by another program since it was opened or last saved here. "
               "Overwrite it with this version, and lose those changes?")
                .arg(QDir::toNativeSeparators(m_path)))) {
        case Dialogs::ConflictChoice::Overwrite:
            break;
        case Dialogs::ConflictChoice::SaveAs:
            return saveAs();
        case Dialogs::ConflictChoice::Cancel:
            emit message(tr("Not saved: %1 keeps the other program's changes.")
                             .arg(QDir::toNativeSeparators(m_path)));
            return false;
        }
    }
    const Scenario scenario = this->scenario();
    if (const auto error = ScenarioFile::save(path, scenario)) {
        // Nothing changes: the changes stay unsaved, the autosave keeps them.
        Dialogs::warning(m_window, tr("Save scenario"), *error);
        emit message(*error);
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_autosaveTimer->stop();
    AutosaveFiles::remove();
    m_path = absolute;
    m_diskWatch->watch(absolute);
    m_exampleName.clear();
    m_saved = scenario;
    m_forceModified = false;
    m_modified = false;
    // Changes after the save are steps of their own, not merged into one before it.
    m_undoStack->setClean();
    Settings::setValue(Settings::Key::ScenarioFolder, QFileInfo(absolute).absolutePath());
    addRecent(absolute);
    emit stateChanged();
    emit message(tr("Saved %1.").arg(QDir::toNativeSeparators(absolute)));
    return true;
}

bool ScenarioSession::autosavePending() const
{
    return m_autosaveTimer->isActive();
}

void ScenarioSession::writeAutosave()
{
    m_autosaveTimer->stop();
    if (!m_modified) {
        return;
    }
    QDir().mkpath(AutosaveFiles::folder());
    // The origin first: an autosave never names the wrong file, even if writing stops midway.
    if (const auto error = AtomicFile::write(AutosaveFiles::originPath(), m_path.toUtf8())) {
        logger(LogArea::Ui)->warn("autosave failed: {}", *error);
        emit message(tr("Autosave failed: %1").arg(*error));
        return;
    }
    if (const auto error = ScenarioFile::save(AutosaveFiles::scenarioPath(), scenario())) {
        logger(LogArea::Ui)->warn("autosave failed: {}", *error);
        emit message(tr("Autosave failed: %1").arg(*error));
    }
}

bool ScenarioSession::offerRecovery()
{
    if (!QFileInfo::exists(AutosaveFiles::scenarioPath())) {
        return false;
    }
    QFile origin(AutosaveFiles::originPath());
    const QString originalPath =
        origin.open(QIODevice::ReadOnly) ? QString::fromUtf8(origin.readAll()) : QString();
    const QString name = originalPath.isEmpty() ? tr("an untitled scenario")
                                                : QDir::toNativeSeparators(originalPath);
    if (!Dialogs::question(m_window, tr("Recover unsaved changes"),
                           tr("RoleLens did not close properly, and the changes to %1 were not "
                              "saved. Recover them?")
                               .arg(name))) {
        AutosaveFiles::remove();
        return false;
    }
    const auto loaded = ScenarioFile::load(AutosaveFiles::scenarioPath(), m_catalog);
    if (!loaded) {
        // Keep the file: it is the user's work, perhaps readable with another catalog.
        Dialogs::warning(m_window, tr("Recover unsaved changes"),
                         tr("The autosaved scenario could not be read:\n\n%1")
                             .arg(firstLines(loaded.errors(), 20)));
        return false;
    }
    setCurrent(loaded.value(), originalPath, true);
    emit message(tr("Recovered the unsaved changes to %1.").arg(name));
    return true;
}

QStringList ScenarioSession::recentFiles()
{
    return Settings::value(Settings::Key::RecentScenarios).toStringList();
}

void ScenarioSession::clearRecentFiles()
{
    Settings::setValue(Settings::Key::RecentScenarios, QStringList());
    emit recentFilesChanged();
}

void ScenarioSession::addRecent(const QString &path)
{
    QStringList recent = recentFiles();
    recent.removeAll(path);
    recent.prepend(path);
    Settings::setValue(Settings::Key::RecentScenarios, recent.mid(0, kMaxRecentFiles));
    emit recentFilesChanged();
}

} // namespace rolelens
