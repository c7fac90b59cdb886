#include "ui/window/MainWindowActions.h"

#include "i18n/Languages.h"
#include "report/builders/HiringDocuments.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/widgets/Retranslation.h"
#include "ui/window/CsvExportCommands.h"
#include "ui/window/EditCommands.h"
#include "ui/window/HelpMenu.h"
#include "ui/window/MainToolBar.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MapExportCommands.h"
#include "ui/window/Settings.h"
#include "ui/window/SheetCommands.h"
#include "ui/window/WindowAction.h"

#include <QAction>
#include <QActionGroup>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

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
    QAction *selfCheck;
    QAction *map;
    QAction *newScenario;
    QAction *openScenario;
    QAction *saveScenario;
    QAction *saveScenarioAs;
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
    HelpMenu::install(window);
    MainToolBar::add(window, {actions.find, actions.add, actions.newScenario, actions.openScenario,
                              actions.saveScenario, actions.exportPdf});
}

MainWindowActions::Actions MainWindowActions::create(MainWindow *window, SheetCommands *sheets)
{
    const auto action = [window](const QString &name, auto text, const QKeySequence &shortcut,
                                 auto slot) {
        return WindowAction::add(window, name, text, shortcut, slot);
    };
    ScenarioSession *session = window->scenarioSession();
    Actions actions{};
    actions.find = action(
        QStringLiteral("actionFind"), [] { return tr("&Find a role…"); }, QKeySequence::Find,
        [window] {
            window->showView(View::Browse);
            window->browseView()->focusSearch();
        });
    actions.quit = action(
        QStringLiteral("actionQuit"), [] { return tr("&Quit"); }, QKeySequence::Quit,
        [window] { window->close(); });
    actions.add = action(
        QStringLiteral("actionAddToComparison"), [] { return tr("&Add to comparison"); },
        QKeySequence(Qt::CTRL | Qt::Key_D),
        [window] {
            const QString selected = window->browseView()->selectedRoleId();
            if (!selected.isEmpty()) {
                window->compareView()->addRole(selected);
            }
        });
    Retranslation::apply(window, [add = actions.add] {
        add->setToolTip(tr("Add the selected role to the comparison (Ctrl+D)"));
    });
    actions.clear = action(
        QStringLiteral("actionClearComparison"), [] { return tr("C&lear comparison"); },
        QKeySequence(), [window] { window->compareView()->clear(); });
    actions.browse = action(
        QStringLiteral("actionShowBrowse"), [] { return tr("&Browse roles"); },
        QKeySequence(Qt::CTRL | Qt::Key_1), [window] { window->showView(View::Browse); });
    actions.compare = action(
        QStringLiteral("actionShowCompare"), [] { return tr("&Compare roles"); },
        QKeySequence(Qt::CTRL | Qt::Key_2), [window] { window->showView(View::Compare); });
    actions.advisor = action(
        QStringLiteral("actionShowAdvisor"), [] { return tr("&Advisor"); },
        QKeySequence(Qt::CTRL | Qt::Key_3), [window] { window->showView(View::Advisor); });
    actions.selfCheck = action(
        QStringLiteral("actionShowSelfCheck"), [] { return tr("&Self-check"); },
        QKeySequence(Qt::CTRL | Qt::Key_4), [window] { window->showView(View::SelfCheck); });
    actions.map = action(
        QStringLiteral("actionShowMap"), [] { return tr("Role &map"); },
        QKeySequence(Qt::CTRL | Qt::Key_5), [window] { window->showView(View::Map); });
    actions.newScenario = action(
        QStringLiteral("actionNewScenario"), [] { return tr("&New scenario"); }, QKeySequence::New,
        [window, session] {
            showAdvisorIfOpened(window, session->newScenario());
            // A new scenario starts where the form does: its first field.
            if (window->currentView() == View::Advisor) {
                window->advisorView()->focusFirstField();
            }
        });
    Retranslation::apply(window, [newScenario = actions.newScenario] {
        newScenario->setToolTip(tr("Start a new hiring scenario in the advisor"));
    });
    actions.openScenario = action(
        QStringLiteral("actionOpenScenario"), [] { return tr("&Open scenario…"); },
        QKeySequence::Open, [window, session] { showAdvisorIfOpened(window, session->open()); });
    actions.saveScenario = action(
        QStringLiteral("actionSaveScenario"), [] { return tr("&Save scenario"); },
        QKeySequence::Save, [session] { session->save(); });
    actions.saveScenarioAs = action(
        QStringLiteral("actionSaveScenarioAs"), [] { return tr("Save scenario &as…"); },
        QKeySequence(), [session] { session->saveAs(); });
    // Desktops without a Save As binding of their own (a bare X session) still get the usual
    // Ctrl+Shift+S.
    WindowAction::setStandardShortcut(actions.saveScenarioAs, QKeySequence::SaveAs,
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    actions.exportPdf = action(
        QStringLiteral("actionExportPdf"), [] { return tr("&Export PDF…"); },
        QKeySequence(Qt::CTRL | Qt::Key_E), [window] { window->exportPdf(); });
    Retranslation::apply(window, [exportPdf = actions.exportPdf] {
        exportPdf->setToolTip(tr("Save what is on screen as a PDF sheet: the comparison, the "
                                 "role's profile, the expectations agreement or the role map"));
    });
    actions.documents = action(
        QStringLiteral("actionDocuments"), [] { return tr("&Documents for the hire…"); },
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [window] { window->openDocuments(); });
    Retranslation::apply(window, [documents = actions.documents] {
        QStringList kinds;
        for (const auto kind : HiringDocuments::all()) {
            kinds.append(HiringDocuments::kinds().label(kind));
        }
        documents->setToolTip(tr("%1: for the Advisor's scenario or the role on screen, to "
                                 "read, export, print or copy")
                                  .arg(kinds.join(QStringLiteral(", "))));
    });
    actions.printPreview = action(
        QStringLiteral("actionPrintPreview"), [] { return tr("Print Pre&view…"); }, QKeySequence(),
        [sheets] { sheets->printPreview(); });
    actions.print = action(
        QStringLiteral("actionPrint"), [] { return tr("&Print…"); }, QKeySequence::Print,
        [sheets] { sheets->print(); });
    createEditActions(window, action, actions);
    return actions;
}

template <typename MakeAction>
void MainWindowActions::createEditActions(MainWindow *window, MakeAction action, Actions &actions)
{
    EditCommands *edit = window->editCommands();
    actions.undo = action(
        QStringLiteral("actionUndo"), [] { return tr("&Undo"); }, QKeySequence::Undo,
        [edit] { edit->undo(); });
    actions.redo = action(
        QStringLiteral("actionRedo"), [] { return tr("&Redo"); }, QKeySequence::Redo,
        [edit] { edit->redo(); });
    // Every binding of the platform's (Ctrl+Shift+Z and Ctrl+Y), not only the first.
    actions.undo->setShortcuts(QKeySequence::Undo);
    actions.redo->setShortcuts(QKeySequence::Redo);
    edit->track(actions.undo, actions.redo);
    actions.copy = action(
        QStringLiteral("actionCopy"), [] { return tr("&Copy"); }, QKeySequence::Copy,
        [edit] { edit->copy(); });
    Retranslation::apply(window, [copy = actions.copy] {
        copy->setStatusTip(tr("Copy the selection, or else the profile, comparison or advice on "
                              "screen, as text"));
    });
}

void MainWindowActions::addMenus(MainWindow *window, const Actions &actions)
{
    QMenu *fileMenu = translatedMenu(window->menuBar(), [] { return tr("&File"); });
    fileMenu->addAction(actions.newScenario);
    fileMenu->addAction(actions.openScenario);
    addExamplesMenu(window, fileMenu);
    addRecentMenu(window, fileMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(actions.saveScenario);
    fileMenu->addAction(actions.saveScenarioAs);
    fileMenu->addSeparator();
    fileMenu->addAction(actions.exportPdf);
    CsvExportCommands::install(window, fileMenu);
    window->setMapExports(MapExportCommands::install(window, fileMenu));
    fileMenu->addAction(actions.documents);
    fileMenu->addAction(actions.printPreview);
    fileMenu->addAction(actions.print);
    fileMenu->addSeparator();
    fileMenu->addAction(actions.quit);
    addEditMenu(window, actions);
    QMenu *rolesMenu = translatedMenu(window->menuBar(), [] { return tr("&Roles"); });
    rolesMenu->addAction(actions.find);
    rolesMenu->addAction(actions.add);
    rolesMenu->addAction(actions.clear);
    // Browse's own, in the menu too, so that they can be found.
    rolesMenu->addSeparator();
    rolesMenu->addAction(window->browseView()->backAction());
    rolesMenu->addAction(window->browseView()->forwardAction());
    QMenu *viewMenu = translatedMenu(window->menuBar(), [] { return tr("&View"); });
    viewMenu->addAction(actions.browse);
    viewMenu->addAction(actions.compare);
    viewMenu->addAction(actions.advisor);
    viewMenu->addAction(actions.selfCheck);
    viewMenu->addAction(actions.map);
    viewMenu->addSeparator();
    addLanguageMenu(window, viewMenu);
}

void MainWindowActions::addEditMenu(MainWindow *window, const Actions &actions)
{
    QMenu *editMenu = translatedMenu(window->menuBar(), [] { return tr("&Edit"); });
    editMenu->setObjectName(QStringLiteral("menuEdit"));
    editMenu->addAction(actions.undo);
    editMenu->addAction(actions.redo);
    editMenu->addSeparator();
    editMenu->addAction(actions.copy);
}

template <typename Title> QMenu *MainWindowActions::translatedMenu(QWidget *parent, Title title)
{
    auto *menu = new QMenu(parent);
    Retranslation::apply(menu, [menu, title] { menu->setTitle(title()); });
    if (auto *bar = qobject_cast<QMenuBar *>(parent)) {
        bar->addMenu(menu);
    } else {
        static_cast<QMenu *>(parent)->addMenu(menu);
    }
    return menu;
}

void MainWindowActions::addLanguageMenu(MainWindow *window, QMenu *parent)
{
    QMenu *languages = translatedMenu(parent, [] { return tr("&Language"); });
    languages->setObjectName(QStringLiteral("menuLanguage"));
    auto *group = new QActionGroup(languages);
    for (const auto &language : Languages::all()) {
        // Each in its own words, so that a reader finds theirs whatever the window speaks.
        QAction *item = languages->addAction(language.nativeName);
        item->setObjectName(QStringLiteral("actionLanguage_") + language.code);
        item->setCheckable(true);
        item->setChecked(language.code == Languages::current());
        item->setData(language.code);
        group->addAction(item);
        QObject::connect(item, &QAction::triggered, window, [window, item, code = language.code] {
            if (!window->switchLanguage(code)) {
                item->setChecked(false);
            }
        });
    }
    // Whoever switched it (this menu, a test, a later start), the tick follows.
    Retranslation::apply(languages, [group] {
        for (QAction *item : group->actions()) {
            item->setChecked(item->data().toString() == Languages::current());
        }
    });
}

QMenu *MainWindowActions::addExamplesMenu(MainWindow *window, QMenu *parent)
{
    QMenu *examples = translatedMenu(parent, [] { return tr("Open &example"); });
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
    QMenu *recent = translatedMenu(parent, [] { return tr("Open &recent"); });
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
    if (!recent.isEmpty()) {
        menu->addSeparator();
        QAction *clear = menu->addAction(tr("&Clear list"));
        clear->setObjectName(QStringLiteral("actionClearRecent"));
        // Queued: emptying the list refills the menu, which deletes this very action.
        QObject::connect(
            clear, &QAction::triggered, window,
            [window] { window->scenarioSession()->clearRecentFiles(); }, Qt::QueuedConnection);
        QAction *reopen = menu->addAction(tr("&Reopen the last one at start"));
        reopen->setObjectName(QStringLiteral("actionReopenLastScenario"));
        reopen->setCheckable(true);
        reopen->setChecked(Settings::value(Settings::Key::ReopenLastScenario).toBool());
        QObject::connect(reopen, &QAction::toggled, [](bool on) {
            Settings::setValue(Settings::Key::ReopenLastScenario, on);
        });
    }
    menu->setEnabled(!recent.isEmpty());
}

} // namespace rolelens
