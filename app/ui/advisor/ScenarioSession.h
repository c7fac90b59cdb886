#pragma once

#include "catalog/Catalog.h"
#include "scenario/Scenario.h"

#include <QObject>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QTimer;
class QUndoStack;
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

class AdvisorView;
class ScenarioDiskWatch;

// The advisor's scenario as a document: its file, whether it has unsaved changes, New / Open /
// Save / Save As with a prompt before changes are lost, the recent files, and an autosave
// (debounced, through QSaveFile) that a later start offers to recover after a crash. Until the
// Advisor view is built (the first time it is shown) the session holds the scenario itself.
// Its undo stack holds the changes made since the scenario was opened (or started); whether
// the scenario is modified is whether it differs from its file, so undoing back to what was
// saved leaves it unmodified.
class ScenarioSession : public QObject {
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 2000;
    static constexpr int kMaxRecentFiles = 8;

    // `window` parents the dialogs.
    ScenarioSession(const Catalog &catalog, QWidget *window);
    ~ScenarioSession() override;

    // From now on the view shows and edits the scenario. Once only.
    void attachView(AdvisorView *view);
    bool hasView() const { return m_view != nullptr; }
    Scenario scenario() const;

    // Empty while untitled (new, or an example's copy).
    QString filePath() const { return m_path; }
    // The file name, or what stands for it while untitled.
    QString displayName() const;
    bool isModified() const { return m_modified; }
    // Whether another program wrote something else to the file since it was opened or saved.
    bool fileChangedSinceOpenedOrSaved() const;
    // The scenario's changes, to undo and redo; emptied when another scenario is shown.
    QUndoStack *undoStack() const { return m_undoStack; }

    // Each asks first about unsaved changes; false when cancelled or failed (the reason shown).
    bool newScenario();
    bool open(); // asks for a file
    bool openFile(const QString &path);
    bool openExample(const QString &resource);
    // Reads the file again, as another program left it (asking first about unsaved changes).
    bool reload();
    // Asks first when the file was changed by another program since it was opened or saved.
    bool save();
    bool saveAs();
    // Save / Discard / Cancel when there are unsaved changes; true when it is safe to go on.
    bool maybeSave();

    // Writes the autosave now if there are unsaved changes (the timer does it after a pause).
    void writeAutosave();
    // On start: if an autosave is there, offers to restore it; yes restores it (unsaved, with
    // its original file), no deletes it. True when restored.
    bool offerRecovery();
    bool autosavePending() const;

    static QStringList recentFiles();
    // Empties File > Open recent (the files stay where they are).
    void clearRecentFiles();
    // "Corner bakery followers overnight" for ":/scenarios/01-corner-bakery-followers-overnight..."
    static QString exampleName(const QString &resource);

    static QString fileFilter();

signals:
    // The file, its name or the modified state changed.
    void stateChanged();
    void recentFilesChanged();
    void message(const QString &text);
    // Another program wrote something new to the scenario's file.
    void changedOnDisk(const QString &path);

private:
    void viewChanged();
    void setCurrent(const Scenario &scenario, const QString &path, bool forceModified,
                    const QString &exampleName = {});
    bool saveTo(QString path);
    void addRecent(const QString &path);

    const Catalog &m_catalog;
    AdvisorView *m_view = nullptr;
    QWidget *m_window;
    // The scenario while there is no view.
    Scenario m_current;
    QTimer *m_autosaveTimer;
    QUndoStack *m_undoStack;
    ScenarioDiskWatch *m_diskWatch;
    QString m_path;
    QString m_exampleName;
    // What the file holds: unsaved changes are differences from it.
    Scenario m_saved;
    // A recovered autosave has unsaved changes even where it matches its file.
    bool m_forceModified = false;
    bool m_modified = false;
};

} // namespace rolelens
