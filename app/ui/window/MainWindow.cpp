#include "ui/window/MainWindow.h"

#include "catalog/CatalogLoader.h"
#include "compare/Comparison.h"
#include "diagram/MapExport.h"
#include "i18n/Languages.h"
#include "scenario/ScenarioFile.h"
#include "sheet/SheetContent.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/fit/SelfCheckView.h"
#include "ui/map/RoleMapView.h"
#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/NoHeightForWidthLayout.h"
#include "ui/widgets/Retranslation.h"
#include "ui/widgets/WheelGuard.h"
#include "ui/window/CatalogLoadingPage.h"
#include "ui/window/Dialogs.h"
#include "ui/window/DocumentExport.h"
#include "ui/window/EditCommands.h"
#include "ui/window/FileChangedBar.h"
#include "ui/window/FileOpener.h"
#include "ui/window/FirstRunHint.h"
#include "ui/window/LazyPage.h"
#include "ui/window/MainWindowActions.h"
#include "ui/window/MapExportCommands.h"
#include "ui/window/Settings.h"
#include "ui/window/SheetCommands.h"
#include "ui/window/WindowState.h"

#include <QCloseEvent>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

namespace rolelens {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_state(std::make_unique<WindowState>(*this)),
      m_sheets(std::make_unique<SheetCommands>(*this, [this] { return currentDocument(); }))
{
    setObjectName(QStringLiteral("mainWindow"));
    // Before any view or dialog exists, so that the wheel changes no field of any of them.
    WheelGuard::install();
    setWindowTitle(tr("RoleLens"));
    m_loadingPage = new CatalogLoadingPage;
    setCentralWidget(m_loadingPage);
    resize(defaultSize());
}

QSize MainWindow::defaultSize() const
{
    // What the views are laid out for, but never more than the screen has room for (a window
    // at 2x scale on a laptop would otherwise open beyond its edges).
    const QScreen *shownOn = screen();
    if (!shownOn) {
        return kPreferredSize;
    }
    // The room left by the panels, less a frame and a title bar: a small screen gets all of it,
    // since the views are laid out for more.
    constexpr QSize kFrame{16, 40};
    return kPreferredSize.boundedTo(shownOn->availableGeometry().size() - kFrame);
}

MainWindow::MainWindow(Catalog catalog, QWidget *parent) : MainWindow(parent)
{
    installCatalog(std::move(catalog));
}

void MainWindow::showLoadingProgress(qint64 bytesRead, qint64 totalBytes, const QString &file)
{
    if (m_loadingPage) {
        m_loadingPage->showProgress(bytesRead, totalBytes, file);
    }
}

void MainWindow::installCatalog(Catalog catalog, std::shared_ptr<const SearchIndex> searchIndex,
                                Advisor::Memory advisorMemory)
{
    Q_ASSERT(!hasCatalog());
    m_catalog = std::move(catalog);
    if (advisorMemory) {
        m_advisor = std::make_unique<Advisor>(m_catalog, std::move(advisorMemory));
    } else {
        m_advisor = std::make_unique<Advisor>(m_catalog);
        m_advisorPreparation = std::jthread(
            [advisor = m_advisor.get()](std::stop_token stop) { advisor->prepare(stop); });
    }
    m_tabs = new QTabWidget;
    m_browse = new BrowseView(m_catalog, std::move(searchIndex));
    m_comparePage = new LazyPage([this] { return createCompareView(); });
    m_comparePage->setObjectName(QStringLiteral("comparePage"));
    m_advisorPage = new LazyPage([this] { return createAdvisorView(); });
    m_advisorPage->setObjectName(QStringLiteral("advisorPage"));
    m_selfCheckPage = new LazyPage([this] { return createSelfCheckView(); });
    m_selfCheckPage->setObjectName(QStringLiteral("selfCheckPage"));
    m_mapPage = new LazyPage([this] { return createMapView(); });
    m_mapPage->setObjectName(QStringLiteral("mapPage"));
    m_session = new ScenarioSession(m_catalog, this);
    m_fileOpener = new FileOpener(*this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browse, QString());
    m_tabs->addTab(m_comparePage, QString());
    m_tabs->addTab(m_advisorPage, QString());
    m_tabs->addTab(m_selfCheckPage, QString());
    m_tabs->addTab(m_mapPage, QString());
    Retranslation::apply(m_tabs, [tabs = m_tabs] {
        tabs->setTabText(0, tr("&Browse roles"));
        tabs->setTabText(1, tr("&Compare roles"));
        tabs->setTabText(2, tr("&Advisor"));
        tabs->setTabText(3, tr("&Self-check"));
        tabs->setTabText(4, tr("Role &map"));
        AccessibleText::set(tabs, tr("Views"),
                            tr("Browse roles, compare two to four of them side by side, ask the "
                               "advisor about a hire, check which role fits you, or see how the "
                               "roles relate on a map: a tab each."));
    });
    // Its first paint is the window's: the hidden views are built after it.
    m_tabs->installEventFilter(this);
    delete takeCentralWidget(); // the loading page, now rather than later
    m_loadingPage = nullptr;
    m_firstRunHint = new FirstRunHint;
    m_firstRunHint->hide(); // until the settings say this is the first start
    connect(m_firstRunHint, &FirstRunHint::dismissed, this, &MainWindow::retireFirstRunHint);
    connect(m_firstRunHint, &FirstRunHint::advisorRequested, this, [this] {
        retireFirstRunHint();
        m_session->openExample(ScenarioFile::examples().value(0));
        showView(View::Advisor);
    });
    auto *content = new QWidget;
    auto *contentLayout = new NoHeightForWidthLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(m_firstRunHint);
    contentLayout->addWidget(new FileChangedBar(m_session));
    contentLayout->addWidget(m_tabs, 1);
    // On a screen smaller than the views need (a laptop at 2x scale), the window still fits:
    // the views keep their minimum size and scroll, instead of the window running off screen.
    auto *central = new QScrollArea;
    central->setObjectName(QStringLiteral("centralScrollArea"));
    central->setFrameShape(QFrame::NoFrame);
    central->setFocusPolicy(Qt::NoFocus);
    central->setWidgetResizable(true);
    central->setWidget(content);
    setCentralWidget(central);
    connect(m_session, &ScenarioSession::stateChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ScenarioSession::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    updateTitle();

    connect(m_browse, &BrowseView::addToComparisonRequested, this,
            [this](const QString &id) { compareView()->addRole(id); });
    connect(m_browse, &BrowseView::selectedRoleChanged, this, [this](const QString &id) {
        if (const Role *role = m_catalog.role(id); role && currentView() == View::Browse) {
            statusBar()->showMessage(role->title);
        } else {
            statusBar()->clearMessage(); // no role matches the search
        }
    });
    // The selected role is Browse's: another view's status bar does not name it.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (currentView() != View::Browse) {
            statusBar()->clearMessage();
        }
    });
    installEditCommands();
    MainWindowActions::install(this, m_sheets.get());
    statusBar()->showMessage(tr("Roles in the catalog: %1").arg(m_catalog.roles().size()));
}

bool MainWindow::switchLanguage(const QString &code)
{
    if (code == Languages::current() || !Languages::isSupported(code)) {
        return true;
    }
    if (hasCatalog()) {
        auto loaded = CatalogLoader::load(m_catalogFiles, code);
        if (!loaded) {
            Dialogs::warning(this, tr("RoleLens"),
                             tr("The catalog could not be read in this language; the window "
                                "stays as it is.\n\n%1")
                                 .arg(firstLines(loaded.errors(), 20)));
            return false;
        }
        // The same roles, files and order: every view keeps its place and reads the new text
        // when told (LanguageChange, below).
        m_advisorPreparation = std::jthread();
        m_catalog = std::move(loaded).value();
        m_advisor->forgetLookups();
        m_advisorPreparation = std::jthread(
            [advisor = m_advisor.get()](std::stop_token stop) { advisor->prepare(stop); });
    }
    Languages::use(code);
    Settings::setValue(Settings::Key::Language, code);
    return true;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && hasCatalog()) {
        updateTitle();
        statusBar()->clearMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::installEditCommands()
{
    m_edit = new EditCommands(*this);
    m_edit->setScenarioStack(m_session->undoStack());
    connect(m_tabs, &QTabWidget::currentChanged, m_edit, &EditCommands::followView);
}

MainWindow::~MainWindow()
{
    // Stops and waits for the preparation: it reads the catalog and the advisor.
    m_advisorPreparation = std::jthread();
    // It follows the views, which are going.
    delete m_edit;
    // The session and the views hold references to m_catalog and to each other.
    delete m_session;
    // The views hold references to m_catalog, which as a member dies before QObject deletes
    // the children; delete them first.
    delete takeCentralWidget();
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] — RoleLens").arg(m_session->displayName()));
    setWindowModified(m_session->isModified());
}

PdfExport::Document MainWindow::currentDocument() const
{
    if (currentView() == View::Map) {
        return MapExport::sheetDocument(m_catalog);
    }
    if (currentView() == View::Advisor) {
        const AdvisorView *advisor = advisorView();
        return SheetContent::agreementDocument(m_catalog, advisor->scenario(), advisor->advice());
    }
    if (currentView() == View::Compare && compareView()->roles().size() >= Comparison::kMinRoles) {
        const CompareView *compare = compareView();
        return SheetContent::comparisonDocument(m_catalog,
                                                Comparison::of(m_catalog, compare->roles()).value(),
                                                compare->assumptionModel()->curves());
    }
    if (currentView() == View::SelfCheck) {
        return SheetContent::of(selfCheckView()->document(), m_catalog, QString());
    }
    const Role *role = m_catalog.role(m_browse->selectedRoleId());
    return SheetContent::profileDocument(m_catalog, role ? *role : m_catalog.roles().first());
}

bool MainWindow::exportPdf()
{
    if (currentView() == View::Map) {
        return m_mapExports->exportPdf();
    }
    if (!m_sheets->exportPdf()) {
        return false;
    }
    // On the Advisor, what was exported is the expectations agreement: it now counts as issued.
    if (currentView() == View::Advisor) {
        recordIssuedAgreement();
    }
    return true;
}

void MainWindow::restoreSettings()
{
    restoreWindowGeometry();
    restoreSession();
}

void MainWindow::restoreWindowGeometry()
{
    m_state->restoreGeometry();
}

void MainWindow::retireFirstRunHint()
{
    m_firstRunHint->hide();
    Settings::setValue(Settings::Key::FirstRunHintSeen, true);
}

void MainWindow::restoreSession()
{
    m_state->restoreSession();
    if (m_firstRunHint && !Settings::value(Settings::Key::FirstRunHintSeen).toBool()) {
        m_firstRunHint->show();
    }
    if (m_session->offerRecovery()) {
        showView(View::Advisor);
    }
}

void MainWindow::saveSettings() const
{
    if (!hasCatalog()) {
        return; // closed while loading: the last session's settings stay as they were
    }
    m_state->save();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session && !m_session->maybeSave()) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

bool MainWindow::saveScreenshot(const QString &path)
{
    // Through QSaveFile: a failed write never leaves half a file over an existing one.
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && grab().save(&file, "PNG") && file.commit();
}

} // namespace rolelens
