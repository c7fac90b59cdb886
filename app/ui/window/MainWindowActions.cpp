#include "ui/window/MainWindowActions.h"

#include "report/builders/HiringDocuments.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/window/EditCommands.h"
#include "ui/window/MainWindow.h"
#include "ui/window/SheetCommands.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace rolelens {

using View = MainWindow::View;

namespace {

// Opening a scenario shows it; a cancelled or failed open stays where it was.
void showAdvisorIfOpened(MainWindow *window, bool opened)
{
    if (opened) {
        window->showView(View::Advisor);
    }
}

} // namespace

struct MainWindowActions::Actions {
    QAction *find;
    QAction *quit;
    QAction *add;
    QAction *clear;
    QAction *browse;
    QAction *compare;
    QAction *advisor;
    QAction *newScenario;
    QAction *openScenario;
    QAction *saveScenario;
    QAction *saveScenarioAs;
    QAction *about;
    QAction *aboutQt;
    QAction *exportPdf;
    QAction *documents;
    QAction *printPreview;
    QAction *print;
    QAction *undo;
    QAction *redo;
    QAction *copy;
};

void MainWindowActions::install(MainWindow *window, SheetCommands *sheets)
{
    const Actions actions = create(window, sheets);
    addMenus(window, actions);
    addToolBar(window, actions);
}

MainWindowActions::Actions MainWindowActions::create(MainWindow *window, SheetCommands *sheets)
{
    // On the window itself, so that its shortcut works whichever view has the focus.
    const auto action = [window](const QString &name, const QString &text,
                                 const QKeySequence &shortcut, auto slot) {
        auto *created = new QAction(text, window);
        created->setObjectName(name);
        created->setShortcut(shortcut);
        QObject::connect(created, &QAction::triggered, window, slot);
        window->addAction(created);
        return created;
    };
    ScenarioSession *session = window->scenarioSession();
    Actions actions{};
    actions.find =
        action(QStringLiteral("actionFind"), tr("&Find a role…"), QKeySequence::Find, [window] {
            window->showView(View::Browse);
            window->browseView()->focusSearch();
        });
    actions.quit = action(QStringLiteral("actionQuit"), tr("&Quit"), QKeySequence::Quit,
                          [window] { window->close(); });
    actions.add = action(QStringLiteral("actionAddToComparison"), tr("&Add to comparison"),
                         QKeySequence(Qt::CTRL | Qt::Key_D), [window] {
                             const QString selected = window->browseView()->selectedRoleId();
                             if (!selected.isEmpty()) {
                                 window->compareView()->addRole(selected);
                             }
                         });
    actions.add->setToolTip(tr("Add the selected role to the comparison (Ctrl+D)"));
    actions.clear = action(QStringLiteral("actionClearComparison"), tr("C&lear comparison"),
                           QKeySequence(), [window] { window->compareView()->clear(); });
    actions.browse =
        action(QStringLiteral("actionShowBrowse"), tr("&Browse roles"),
               QKeySequence(Qt::CTRL | Qt::Key_1), [window] { window->showView(View::Browse); });
    actions.compare =
        action(QStringLiteral("actionShowCompare"), tr("&Compare roles"),
               QKeySequence(Qt::CTRL | Qt::Key_2), [window] { window->showView(View::Compare); });
    actions.advisor =
        action(QStringLiteral("actionShowAdvisor"), tr("&Advisor"),
               QKeySequence(Qt::CTRL | Qt::Key_3), [window] { window->showView(View::Advisor); });
    actions.newScenario = action(QStringLiteral("actionNewScenario"), tr("&New scenario"),
                                 QKeySequence::New, [window, session] {
                                     showAdvisorIfOpened(window, session->newScenario());
                                     // A new scenario starts where the form does: its first field.
                                     if (window->currentView() == View::Advisor) {
                                         window->advisorView()->focusFirstField();
                                     }
                                 });
    actions.newScenario->setToolTip(tr("Start a new hiring scenario in the advisor"));
    actions.openScenario =
        action(QStringLiteral("actionOpenScenario"), tr("&Open scenario…"), QKeySequence::Open,
               [window, session] { showAdvisorIfOpened(window, session->open()); });
    actions.saveScenario = action(QStringLiteral("actionSaveScenario"), tr("&Save scenario"),
                                  QKeySequence::Save, [session] { session->save(); });
    actions.saveScenarioAs =
        action(QStringLiteral("actionSaveScenarioAs"), tr("Save scenario &as…"),
               QKeySequence::SaveAs, [session] { session->saveAs(); });
    actions.about = action(QStringLiteral("actionAbout"), tr("&About RoleLens"), QKeySequence(),
                           [window] { showAbout(window); });
    actions.aboutQt = action(QStringLiteral("actionAboutQt"), tr("About &Qt"), QKeySequence(),
                             [] { QApplication::aboutQt(); });
    actions.exportPdf =
        action(QStringLiteral("actionExportPdf"), tr("&Export PDF…"),
               QKeySequence(Qt::CTRL | Qt::Key_E), [window] { window->exportPdf(); });
    actions.exportPdf->setToolTip(tr("Save what is on screen as a PDF sheet: the comparison, the "
                                     "role's profile or the expectations agreement"));
    actions.documents = action(QStringLiteral("actionDocuments"), tr("&Documents for the hire…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                               [window] { window->openDocuments(); });
    QStringList documents;
    for (const auto kind : HiringDocuments::all()) {
        documents.append(HiringDocuments::kinds().label(kind));
    }
    actions.documents->setToolTip(tr("%1: for the Advisor's scenario or the role on screen, to "
                                     "read, export, print or copy")
                                      .arg(documents.join(QStringLiteral(", "))));
    actions.printPreview = action(QStringLiteral("actionPrintPreview"), tr("Print Pre&view…"),
                                  QKeySequence(), [sheets] { sheets->printPreview(); });
    actions.print = action(QStringLiteral("actionPrint"), tr("&Print…"), QKeySequence::Print,
                           [sheets] { sheets->print(); });
    createEditActions(window, action, actions);
    return actions;
}

template <typename MakeAction>
void MainWindowActions::createEditActions(MainWindow *window, MakeAction action, Actions &actions)
{
    EditCommands *edit = window->editCommands();
    actions.undo = action(QStringLiteral("actionUndo"), tr("&Undo"), QKeySequence::Undo,
                          [edit] { edit->undo(); });
    actions.redo = action(QStringLiteral("actionRedo"), tr("&Redo"), QKeySequence::Redo,
                          [edit] { edit->redo(); });
    // Every binding of the platform's (Ctrl+Shift+Z and Ctrl+Y), not only the first.
    actions.undo->setShortcuts(QKeySequence::Undo);
    actions.redo->setShortcuts(QKeySequence::Redo);
    edit->track(actions.undo, actions.redo);
    actions.copy = action(QStringLiteral("actionCopy"), tr("&Copy"), QKeySequence::Copy,
                          [edit] { edit->copy(); });
    actions.copy->setStatusTip(tr("Copy the selection, or else the profile, comparison or advice "
                                  "on screen, as text"));
}

void MainWindowActions::addMenus(MainWindow *window, const Actions &actions)
{
    QMenu *fileMenu = window->menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(actions.newScenario);
    fileMenu->addAction(actions.openScenario);
    addExamplesMenu(window, fileMenu);
    addRecentMenu(window, fileMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(actions.saveScenario);
    fileMenu->addAction(actions.saveScenarioAs);
    fileMenu->addSeparator();
    fileMenu->addAction(actions.exportPdf);
    fileMenu->addAction(actions.documents);
    fileMenu->addAction(actions.printPreview);
    fileMenu->addAction(actions.print);
    fileMenu->addSeparator();
    fileMenu->addAction(actions.quit);
    addEditMenu(window, actions);
    QMenu *rolesMenu = window->menuBar()->addMenu(tr("&Roles"));
    rolesMenu->addAction(actions.find);
    rolesMenu->addAction(actions.add);
    rolesMenu->addAction(actions.clear);
    // Browse's own, in the menu too, so that they can be found.
    rolesMenu->addSeparator();
    rolesMenu->addAction(window->browseView()->backAction());
    rolesMenu->addAction(window->browseView()->forwardAction());
    QMenu *viewMenu = window->menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(actions.browse);
    viewMenu->addAction(actions.compare);
    viewMenu->addAction(actions.advisor);
    QMenu *helpMenu = window->menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(actions.about);
    helpMenu->addAction(actions.aboutQt);
}

void MainWindowActions::addEditMenu(MainWindow *window, const Actions &actions)
{
    QMenu *editMenu = window->menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    editMenu->addAction(actions.undo);
    editMenu->addAction(actions.redo);
    editMenu->addSeparator();
    editMenu->addAction(actions.copy);
}

void MainWindowActions::addToolBar(MainWindow *window, const Actions &actions)
{
    // The actions a newcomer looks for, with icons; the views have their tabs already.
    QToolBar *toolBar = window->addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const QStyle *style = window->style();
    const auto withIcon = [&](QAction *action, const char *themeName,
                              QStyle::StandardPixmap fallback) {
        action->setIcon(QIcon::fromTheme(QLatin1String(themeName), style->standardIcon(fallback)));
        toolBar->addAction(action);
    };
    withIcon(actions.find, "edit-find", QStyle::SP_FileDialogContentsView);
    withIcon(actions.add, "list-add", QStyle::SP_FileDialogNewFolder);
    toolBar->addSeparator();
    withIcon(actions.newScenario, "document-new", QStyle::SP_FileIcon);
    withIcon(actions.openScenario, "document-open", QStyle::SP_DialogOpenButton);
    if (auto *examples = window->findChild<QMenu *>(QStringLiteral("menuExamples"))) {
        auto *button = new QToolButton;
        button->setObjectName(QStringLiteral("examplesButton"));
        button->setText(tr("Examples"));
        button->setToolTip(tr("Open an example scenario in the advisor"));
        button->setAccessibleName(button->toolTip());
        button->setIcon(QIcon::fromTheme(QStringLiteral("help-contents"),
                                         style->standardIcon(QStyle::SP_MessageBoxInformation)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        // As the toolbar's other buttons: the keyboard has the same menu under File.
        button->setFocusPolicy(Qt::NoFocus);
        button->setMenu(examples);
        toolBar->addWidget(button);
    }
    withIcon(actions.saveScenario, "document-save", QStyle::SP_DialogSaveButton);
    toolBar->addSeparator();
    withIcon(actions.exportPdf, "document-export", QStyle::SP_FileDialogDetailedView);
}

QMenu *MainWindowActions::addExamplesMenu(MainWindow *window, QMenu *parent)
{
    QMenu *examples = parent->addMenu(tr("Open &example"));
    examples->setObjectName(QStringLiteral("menuExamples"));
    for (const QString &resource : ScenarioFile::examples()) {
        QAction *example = examples->addAction(ScenarioSession::exampleName(resource));
        example->setData(resource);
        QObject::connect(example, &QAction::triggered, window, [window, resource] {
            showAdvisorIfOpened(window, window->scenarioSession()->openExample(resource));
        });
    }
    return examples;
}

QMenu *MainWindowActions::addRecentMenu(MainWindow *window, QMenu *parent)
{
    QMenu *recent = parent->addMenu(tr("Open &recent"));
    recent->setObjectName(QStringLiteral("menuRecent"));
    const auto fill = [window, recent] {
        fillRecentMenu(window, recent);
    };
    QObject::connect(recent, &QMenu::aboutToShow, recent, fill);
    QObject::connect(window->scenarioSession(), &ScenarioSession::recentFilesChanged, recent, fill);
    fill();
    return recent;
}

void MainWindowActions::fillRecentMenu(MainWindow *window, QMenu *menu)
{
    menu->clear();
    const QStringList recent = ScenarioSession::recentFiles();
    int number = 0;
    for (const QString &path : recent) {
        ++number;
        QAction *item = menu->addAction(tr("&%1 %2").arg(number).arg(QFileInfo(path).fileName()));
        item->setData(path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setStatusTip(QDir::toNativeSeparators(path));
        QObject::connect(item, &QAction::triggered, window, [window, path] {
            showAdvisorIfOpened(window, window->scenarioSession()->openFile(path));
        });
    }
    menu->setEnabled(!recent.isEmpty());
}

void MainWindowActions::showAbout(MainWindow *window)
{
    QMessageBox::about(window, tr("About RoleLens"),
                       tr("<h3>RoleLens %1</h3><p>A hiring-expectations advisor: what each role is "
                          "for, how it is judged, and what it does not do, with every statement "
                          "citing its source.</p><p>Figures marked as assumptions are "
                          "illustrative, not measurements.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace rolelens
