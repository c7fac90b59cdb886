#pragma once

#include "advisor/Advisor.h"
#include "catalog/Catalog.h"
#include "catalog/SearchIndex.h"
#include "sheet/PdfExport.h"

#include <QMainWindow>
#include <QSize>

#include <memory>
#include <thread>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace rolelens {

class AdvisorView;
class BrowseView;
class CatalogLoadingPage;
class CompareView;
class EditCommands;
class FileOpener;
class FirstRunHint;
class LazyPage;
class MapExportCommands;
class RoleMapView;
class ScenarioSession;
class SelfCheckView;
class SheetCommands;
class WindowState;

// The application window: Browse (role profiles), Compare (2-4 roles side by side), the
// Advisor (a scenario file, with autosave), the students' Self-check and the Role map (how the
// roles relate), with menus, a toolbar, a status bar, and the last session restored on start.
// While a large catalog loads off the GUI thread it shows a loading page instead; the views,
// menus and toolbar exist once the catalog is installed. The Compare, Advisor and Self-check
// views are built when first shown or asked for, or else just after the window's first paint:
// start-up pays for the view on screen only, and the window's minimum size is every view's
// before anyone can resize it. The map is built when first shown only. Its actions and menus
// (MainWindowActions), its sheet commands (SheetCommands) and its saved state (WindowState) have
// classes of their own.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The size the views are laid out for; a smaller screen gets less (defaultSize()).
    static constexpr QSize kPreferredSize{1180, 780};

    // The size a window opens at without saved settings: what the views are laid out for,
    // within the screen's room.
    QSize defaultSize() const;

    enum class View { Browse, Compare, Advisor, SelfCheck, Map };

    // Waiting for its catalog: shows the loading page until installCatalog().
    explicit MainWindow(QWidget *parent = nullptr);
    explicit MainWindow(Catalog catalog, QWidget *parent = nullptr);
    ~MainWindow() override;

    bool hasCatalog() const { return m_tabs != nullptr; }
    // Once only: builds the views, menus and toolbar over `catalog`. `searchIndex` is
    // SearchIndex::ofRoles(catalog) and `advisorMemory` what an Advisor of it prepared, when
    // done already (off the GUI thread); otherwise null, and the advisor is prepared on a
    // worker thread from now.
    void installCatalog(Catalog catalog, std::shared_ptr<const SearchIndex> searchIndex = nullptr,
                        Advisor::Memory advisorMemory = nullptr);
    void showLoadingProgress(qint64 bytesRead, qint64 totalBytes, const QString &file);
    // The user's catalog files loaded after the built-in one, for reading them again in
    // another language.
    void setCatalogFiles(const QStringList &files) { m_catalogFiles = files; }
    const QStringList &catalogFiles() const { return m_catalogFiles; }
    // Speaks `code` from now on ("de"): reads the catalog in it, then every menu, view, chart
    // and open document follows (LanguageChange), and the choice is remembered. Nothing the
    // user has (the scenario, its undo history, the compared roles) changes. False, said in a
    // dialog, when the catalog cannot be read in that language: the language stays.
    bool switchLanguage(const QString &code);

    void showView(View view);
    View currentView() const;
    // Renders the whole window to a PNG; false if the file could not be written.
    bool saveScreenshot(const QString &path);
    // The sheet of what is on screen: the expectations agreement in the Advisor view, the
    // comparison in the Compare view (with its current assumptions) when it holds 2-4 roles,
    // the role map on the map, otherwise the selected role's profile.
    PdfExport::Document currentDocument() const;
    // Asks for a file (remembering the folder) and writes the PDF; false if cancelled or
    // failed (the reason is shown).
    bool exportPdf();
    // What the hiring documents are about: the Advisor's scenario on the Advisor view, else
    // the role selected in Browse, alone.
    Scenario documentsScenario() const;
    // The job post, scope of work, agreement... for documentsScenario(), in a dialog.
    void openDocuments();
    // Records the expectations agreement just exported from the Advisor in its scenario, so
    // that the next one says what changed (the scenario then has changes to save).
    void recordIssuedAgreement();
    // restoreWindowGeometry() then restoreSession().
    void restoreSettings();
    // The window's size and place: possible before the catalog is installed.
    void restoreWindowGeometry();
    // Toolbar, splitters, roles and view of the last session, then offers to recover an
    // autosaved scenario. Needs the catalog.
    void restoreSession();
    void saveSettings() const;

    BrowseView *browseView() const { return m_browse; }
    // Each builds its view if it was not built yet (nothing the user sees changes but the
    // page, if it is on screen).
    CompareView *compareView() const;
    AdvisorView *advisorView() const;
    SelfCheckView *selfCheckView() const;
    RoleMapView *mapView() const;
    bool isCompareViewBuilt() const;
    bool isAdvisorViewBuilt() const;
    bool isSelfCheckViewBuilt() const;
    bool isMapViewBuilt() const;
    ScenarioSession *scenarioSession() const { return m_session; }
    FileOpener *fileOpener() const { return m_fileOpener; }
    // File > Export map as SVG / PDF: set once, by the menus.
    void setMapExports(MapExportCommands *exports) { m_mapExports = exports; }
    MapExportCommands *mapExports() const { return m_mapExports; }
    // Undo, redo and copy (the Edit menu). Needs the catalog.
    EditCommands *editCommands() const { return m_edit; }
    const Catalog &catalog() const { return m_catalog; }
    // The catalog's advisor, which the Advisor view shares. Needs the catalog.
    const Advisor &advisor() const { return *m_advisor; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Hides the first-run hint for good.
    void retireFirstRunHint();
    void updateTitle();
    CompareView *createCompareView();
    AdvisorView *createAdvisorView();
    SelfCheckView *createSelfCheckView();
    RoleMapView *createMapView();
    // Builds the next view not built yet, then comes back for the one after on the next turn
    // of the event loop, so that input is handled between them.
    void buildNextHiddenView();
    // Undo and redo follow the view on screen.
    void installEditCommands();

    FirstRunHint *m_firstRunHint = nullptr;
    Catalog m_catalog;
    // The catalog's advisor, prepared off the GUI thread; once prepared, the first advice is as
    // quick as the next even with 20,000 roles (an advice asked meanwhile waits for, at most,
    // the lookup being worked out).
    std::unique_ptr<Advisor> m_advisor;
    std::jthread m_advisorPreparation;
    CatalogLoadingPage *m_loadingPage = nullptr;
    QTabWidget *m_tabs = nullptr;
    BrowseView *m_browse = nullptr;
    LazyPage *m_comparePage = nullptr;
    LazyPage *m_advisorPage = nullptr;
    LazyPage *m_selfCheckPage = nullptr;
    LazyPage *m_mapPage = nullptr;
    ScenarioSession *m_session = nullptr;
    FileOpener *m_fileOpener = nullptr;
    EditCommands *m_edit = nullptr;
    MapExportCommands *m_mapExports = nullptr;
    QStringList m_catalogFiles;
    // The session's settings, and the last session's state of the views not built yet.
    std::unique_ptr<WindowState> m_state;
    // Export, print and preview of currentDocument().
    std::unique_ptr<SheetCommands> m_sheets;
};

} // namespace rolelens
