#include "ui/window/MainWindow.h"

#include "compare/Comparison.h"
#include "scenario/ScenarioFile.h"
#include "sheet/Sheet.h"
#include "sheet/SheetContent.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/ProfileView.h"
#include "ui/compare/CompareView.h"
#include "ui/window/CatalogLoadingPage.h"
#include "ui/window/Dialogs.h"
#include "ui/window/LazyPage.h"
#include "ui/window/Settings.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>

#include <utility>

namespace rolelens {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("RoleLens"));
    m_loadingPage = new CatalogLoadingPage;
    setCentralWidget(m_loadingPage);
    resize(1180, 780);
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
    m_session = new ScenarioSession(m_catalog, this);
    m_tabs->setObjectName(QStringLiteral("viewTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_browse, tr("&Browse roles"));
    m_tabs->addTab(m_comparePage, tr("&Compare roles"));
    m_tabs->addTab(m_advisorPage, tr("&Advisor"));
    m_tabs->setAccessibleName(tr("Views"));
    // Its first paint is the window's: the hidden views are built after it.
    m_tabs->installEventFilter(this);
    delete takeCentralWidget(); // the loading page, now rather than later
    m_loadingPage = nullptr;
    setCentralWidget(m_tabs);
    connect(m_session, &ScenarioSession::stateChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ScenarioSession::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    updateTitle();

    connect(m_browse, &BrowseView::addToComparisonRequested, this,
            [this](const QString &id) { compareView()->addRole(id); });
    connect(m_browse, &BrowseView::selectedRoleChanged, this, [this](const QString &id) {
        if (const Role *role = m_catalog.role(id)) {
            statusBar()->showMessage(role->title);
        }
    });
    createActions();
    statusBar()->showMessage(tr("Roles in the catalog: %1").arg(m_catalog.roles().size()));
}

CompareView *MainWindow::createCompareView()
{
    auto *view = new CompareView(m_catalog);
    applyRestoredState(view);
    connect(view, &CompareView::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 5000); });
    return view;
}

AdvisorView *MainWindow::createAdvisorView()
{
    auto *view = new AdvisorView(m_catalog, *m_advisor);
    applyRestoredState(view);
    m_session->attachView(view);
    return view;
}

void MainWindow::applyRestoredState(CompareView *view)
{
    view->setRoles(std::exchange(m_restoredComparedRoles, {}));
}

void MainWindow::applyRestoredState(AdvisorView *view)
{
    view->splitter()->restoreState(std::exchange(m_restoredAdvisorSplitter, {}));
    view->resultsSplitter()->restoreState(std::exchange(m_restoredAdvisorResultsSplitter, {}));
}

CompareView *MainWindow::compareView() const
{
    return m_comparePage ? static_cast<CompareView *>(m_comparePage->view()) : nullptr;
}

AdvisorView *MainWindow::advisorView() const
{
    return m_advisorPage ? static_cast<AdvisorView *>(m_advisorPage->view()) : nullptr;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs && event->type() == QEvent::Paint) {
        m_tabs->removeEventFilter(this);
        // Queued behind this paint and whatever input is waiting.
        QTimer::singleShot(0, this, &MainWindow::buildNextHiddenView);
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::buildNextHiddenView()
{
    for (LazyPage *page : {m_comparePage, m_advisorPage}) {
        if (!page->isBuilt()) {
            page->view();
            QTimer::singleShot(0, this, &MainWindow::buildNextHiddenView);
            return;
        }
    }
}

bool MainWindow::isCompareViewBuilt() const
{
    return m_comparePage && m_comparePage->isBuilt();
}

bool MainWindow::isAdvisorViewBuilt() const
{
    return m_advisorPage && m_advisorPage->isBuilt();
}

MainWindow::~MainWindow()
{
    // Stops and waits for the preparation: it reads the catalog and the advisor.
    m_advisorPreparation = std::jthread();
    // The session and the views hold references to m_catalog and to each other.
    delete m_session;
    // The views hold references to m_catalog, which as a member dies before QObject deletes
    // the children; delete them first.
    delete takeCentralWidget();
}

void MainWindow::createActions()
{
    const auto action = [this](const QString &name, const QString &text,
                               const QKeySequence &shortcut, auto slot) {
        auto *created = new QAction(text, this);
        created->setObjectName(name);
        created->setShortcut(shortcut);
        connect(created, &QAction::triggered, this, slot);
        addAction(created);
        return created;
    };
    QAction *find =
        action(QStringLiteral("actionFind"), tr("&Find a role…"), QKeySequence::Find, [this] {
            showView(View::Browse);
            m_browse->focusSearch();
        });
    QAction *quit =
        action(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit, [this] { close(); });
    QAction *add = action(QStringLiteral("actionAddToComparison"), tr("&Add to comparison"),
                          QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
                              if (!m_browse->selectedRoleId().isEmpty()) {
                                  compareView()->addRole(m_browse->selectedRoleId());
                              }
                          });
    add->setToolTip(tr("Add the selected role to the comparison (Ctrl+D)"));
    QAction *clear = action(QStringLiteral("actionClearComparison"), tr("C&lear comparison"),
                            QKeySequence(), [this] { compareView()->setRoles({}); });
    QAction *browse =
        action(QStringLiteral("actionShowBrowse"), tr("&Browse roles"),
               QKeySequence(Qt::CTRL | Qt::Key_1), [this] { showView(View::Browse); });
    QAction *compare =
        action(QStringLiteral("actionShowCompare"), tr("&Compare roles"),
               QKeySequence(Qt::CTRL | Qt::Key_2), [this] { showView(View::Compare); });
    QAction *advisor =
        action(QStringLiteral("actionShowAdvisor"), tr("&Advisor"),
               QKeySequence(Qt::CTRL | Qt::Key_3), [this] { showView(View::Advisor); });
    QAction *newScenario =
        action(QStringLiteral("actionNewScenario"), tr("&New scenario"), QKeySequence::New, [this] {
            if (m_session->newScenario()) {
                showView(View::Advisor);
            }
        });
    newScenario->setToolTip(tr("Start a new hiring scenario in the advisor"));
    QAction *openScenario = action(QStringLiteral("actionOpenScenario"), tr("&Open scenario…"),
                                   QKeySequence::Open, [this] {
                                       if (m_session->open()) {
                                           showView(View::Advisor);
                                       }
                                   });
    QAction *saveScenario = action(QStringLiteral("actionSaveScenario"), tr("&Save scenario"),
                                   QKeySequence::Save, [this] { m_session->save(); });
    QAction *saveScenarioAs =
        action(QStringLiteral("actionSaveScenarioAs"), tr("Save scenario &as…"),
               QKeySequence::SaveAs, [this] { m_session->saveAs(); });
    QAction *about = action(QStringLiteral("actionAbout"), tr("&About RoleLens"), QKeySequence(),
                            [this] { showAbout(); });
    QAction *aboutQt = action(QStringLiteral("actionAboutQt"), tr("About &Qt"), QKeySequence(),
                              [] { QApplication::aboutQt(); });

    QAction *exportPdfAction = action(QStringLiteral("actionExportPdf"), tr("&Export PDF…"),
                                      QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportPdf(); });
    exportPdfAction->setToolTip(tr("Save what is on screen as a PDF sheet: the comparison, the "
                                   "role's profile or the expectations agreement"));
    QAction *previewAction = action(QStringLiteral("actionPrintPreview"), tr("Print Pre&view…"),
                                    QKeySequence(), [this] { printPreview(); });
    QAction *printAction = action(QStringLiteral("actionPrint"), tr("&Print…"), QKeySequence::Print,
                                  [this] { print(); });

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(newScenario);
    fileMenu->addAction(openScenario);
    QMenu *examples = fileMenu->addMenu(tr("Open &example"));
    examples->setObjectName(QStringLiteral("menuExamples"));
    for (const QString &resource : ScenarioFile::examples()) {
        QAction *example = examples->addAction(ScenarioSession::exampleName(resource));
        example->setData(resource);
        connect(example, &QAction::triggered, this, [this, resource] {
            if (m_session->openExample(resource)) {
                showView(View::Advisor);
            }
        });
    }
    m_recentMenu = fileMenu->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    connect(m_session, &ScenarioSession::recentFilesChanged, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    fileMenu->addSeparator();
    fileMenu->addAction(saveScenario);
    fileMenu->addAction(saveScenarioAs);
    fileMenu->addSeparator();
    fileMenu->addAction(exportPdfAction);
    fileMenu->addAction(previewAction);
    fileMenu->addAction(printAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quit);
    QMenu *rolesMenu = menuBar()->addMenu(tr("&Roles"));
    rolesMenu->addAction(find);
    rolesMenu->addAction(add);
    rolesMenu->addAction(clear);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(browse);
    viewMenu->addAction(compare);
    viewMenu->addAction(advisor);
    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(about);
    helpMenu->addAction(aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->addAction(find);
    toolBar->addAction(add);
    toolBar->addSeparator();
    toolBar->addAction(browse);
    toolBar->addAction(compare);
    toolBar->addAction(advisor);
    toolBar->addSeparator();
    toolBar->addAction(exportPdfAction);
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = ScenarioSession::recentFiles();
    int number = 0;
    for (const QString &path : recent) {
        ++number;
        QAction *item =
            m_recentMenu->addAction(tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName()));
        item->setData(path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setStatusTip(QDir::toNativeSeparators(path));
        connect(item, &QAction::triggered, this, [this, path] {
            if (m_session->openFile(path)) {
                showView(View::Advisor);
            }
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateTitle()
{
    // "[*]" is where Qt shows the modified marker.
    setWindowTitle(tr("%1[*] — RoleLens").arg(m_session->displayName()));
    setWindowModified(m_session->isModified());
}

PdfExport::Document MainWindow::currentDocument() const
{
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
    const Role *role = m_catalog.role(m_browse->selectedRoleId());
    return SheetContent::profileDocument(m_catalog, role ? *role : m_catalog.roles().first());
}

bool MainWindow::exportPdf()
{
    const PdfExport::Document document = currentDocument();
    QString folder = Settings::value(Settings::Key::ExportFolder).toString();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    QString fileName = document.title;
    fileName.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    QString path = Dialogs::saveFileName(
        this, tr("Export PDF"), QDir(folder).filePath(fileName.toLower() + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    Settings::setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    int pages = 0;
    const QString error = PdfExport::write(path, document, PdfExport::defaultPaper(), &pages);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty()) {
        Dialogs::warning(this, tr("Export PDF"), error);
        statusBar()->showMessage(error, 10000);
        return false;
    }
    statusBar()->showMessage(
        tr("Saved %1 (%2 pages).").arg(QDir::toNativeSeparators(path)).arg(pages), 10000);
    return true;
}

void MainWindow::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfExport::pageSize(PdfExport::defaultPaper()));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const PdfExport::Document document = currentDocument();
    Sheet sheet(&printer, document.headerTitle);
    document.compose(sheet);
    sheet.print();
}

void MainWindow::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfExport::pageSize(PdfExport::defaultPaper()));
    QPrintPreviewDialog preview(&printer, this);
    const PdfExport::Document document = currentDocument();
    // The preview repaints (zoom, page setup): each time the sheet is laid out anew.
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *target) {
        Sheet sheet(target, document.headerTitle);
        document.compose(sheet);
        sheet.print();
    });
    preview.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About RoleLens"),
                       tr("<h3>RoleLens %1</h3><p>A hiring-expectations advisor: what each role is "
                          "for, how it is judged, and what it does not do, with every statement "
                          "citing its source.</p><p>Figures marked as assumptions are "
                          "illustrative, not measurements.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showView(View view)
{
    if (!m_tabs) {
        return;
    }
    switch (view) {
    case View::Browse:
        m_tabs->setCurrentWidget(m_browse);
        break;
    case View::Compare:
        m_tabs->setCurrentWidget(m_comparePage);
        break;
    case View::Advisor:
        m_tabs->setCurrentWidget(m_advisorPage);
        break;
    }
}

MainWindow::View MainWindow::currentView() const
{
    if (!m_tabs) {
        return View::Browse;
    }
    if (m_tabs->currentWidget() == m_comparePage) {
        return View::Compare;
    }
    return m_tabs->currentWidget() == m_advisorPage ? View::Advisor : View::Browse;
}

void MainWindow::restoreSettings()
{
    restoreWindowGeometry();
    restoreSession();
}

void MainWindow::restoreWindowGeometry()
{
    restoreGeometry(Settings::value(Settings::Key::WindowGeometry).toByteArray());
}

void MainWindow::restoreSession()
{
    Q_ASSERT(hasCatalog());
    restoreState(Settings::value(Settings::Key::WindowState).toByteArray());
    m_browse->splitter()->restoreState(
        Settings::value(Settings::Key::BrowseSplitter).toByteArray());
    m_browse->profile()->splitter()->restoreState(
        Settings::value(Settings::Key::ProfileSplitter).toByteArray());
    m_browse->selectRole(Settings::value(Settings::Key::LastRole).toString());
    if (m_browse->selectedRoleId().isEmpty() && !m_catalog.roles().isEmpty()) {
        m_browse->selectRole(m_catalog.roles().first().id);
    }
    m_restoredComparedRoles = Settings::value(Settings::Key::ComparedRoles).toStringList();
    m_restoredAdvisorSplitter = Settings::value(Settings::Key::AdvisorSplitter).toByteArray();
    m_restoredAdvisorResultsSplitter =
        Settings::value(Settings::Key::AdvisorResultsSplitter).toByteArray();
    // Views built already take it now; the others when they are built.
    if (isCompareViewBuilt()) {
        applyRestoredState(compareView());
    }
    if (isAdvisorViewBuilt()) {
        applyRestoredState(advisorView());
    }
    const QString view = Settings::value(Settings::Key::CurrentView).toString();
    showView(view == QLatin1String("compare")   ? View::Compare
             : view == QLatin1String("advisor") ? View::Advisor
                                                : View::Browse);
    if (m_session->offerRecovery()) {
        showView(View::Advisor);
    }
}

void MainWindow::saveSettings() const
{
    if (!hasCatalog()) {
        return; // closed while loading: the last session's settings stay as they were
    }
    Settings::setValue(Settings::Key::WindowGeometry, saveGeometry());
    Settings::setValue(Settings::Key::WindowState, saveState());
    Settings::setValue(Settings::Key::BrowseSplitter, m_browse->splitter()->saveState());
    Settings::setValue(Settings::Key::ProfileSplitter,
                       m_browse->profile()->splitter()->saveState());
    Settings::setValue(Settings::Key::LastRole, m_browse->selectedRoleId());
    Settings::setValue(Settings::Key::ComparedRoles,
                       isCompareViewBuilt() ? compareView()->roles() : m_restoredComparedRoles);
    if (isAdvisorViewBuilt()) {
        Settings::setValue(Settings::Key::AdvisorSplitter, advisorView()->splitter()->saveState());
        Settings::setValue(Settings::Key::AdvisorResultsSplitter,
                           advisorView()->resultsSplitter()->saveState());
    }
    const View view = currentView();
    Settings::setValue(Settings::Key::CurrentView, view == View::Compare ? QStringLiteral("compare")
                                                   : view == View::Advisor
                                                       ? QStringLiteral("advisor")
                                                       : QStringLiteral("browse"));
    Settings::sync();
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
