#pragma once

#include "Catalog.h"
#include "PdfExport.h"

#include <QMainWindow>

QT_BEGIN_NAMESPACE
class QMenu;
class QTabWidget;
QT_END_NAMESPACE

namespace rolelens {

class AdvisorView;
class BrowseView;
class CompareView;
class ScenarioSession;

// The application window: Browse (role profiles), Compare (2-4 roles side by side) and the
// Advisor (a scenario file, with autosave), with menus, a toolbar, a status bar, and the last
// session restored on start.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class View { Browse, Compare, Advisor };

    explicit MainWindow(Catalog catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showView(View view);
    View currentView() const;
    // Renders the whole window to a PNG; false if the file could not be written.
    bool saveScreenshot(const QString &path);
    // The sheet of what is on screen: the expectations agreement in the Advisor view, the
    // comparison in the Compare view (with its current assumptions) when it holds 2-4 roles,
    // otherwise the selected role's profile.
    PdfExport::Document currentDocument() const;
    // Asks for a file (remembering the folder) and writes the PDF; false if cancelled or
    // failed (the reason is shown).
    bool exportPdf();
    // Restores the last session, then offers to recover an autosaved scenario.
    void restoreSettings();
    void saveSettings() const;

    BrowseView *browseView() const { return m_browse; }
    CompareView *compareView() const { return m_compare; }
    AdvisorView *advisorView() const { return m_advisor; }
    ScenarioSession *scenarioSession() const { return m_session; }
    const Catalog &catalog() const { return m_catalog; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showAbout();
    void print();
    void printPreview();
    void updateTitle();
    void fillRecentMenu();

    Catalog m_catalog;
    QTabWidget *m_tabs;
    BrowseView *m_browse;
    CompareView *m_compare;
    AdvisorView *m_advisor;
    ScenarioSession *m_session;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rolelens
