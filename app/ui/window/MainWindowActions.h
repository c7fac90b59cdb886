#pragma once

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

class MainWindow;
class SheetCommands;

// Every action of the main window in one place but the Help menu's (HelpMenu): its object name
// (tests and tools find an action by it), its text and shortcut, and where it shows in the
// menus and on the toolbar (MainToolBar). What an action does is the window's, its scenario
// session's or its sheet commands'.
class MainWindowActions {
    // The strings were the main window's, and are translated under its name.
    Q_DECLARE_TR_FUNCTIONS(rolelens::MainWindow)

public:
    // Adds the actions, the menus and the toolbar to the window; once, with the catalog.
    static void install(MainWindow *window, SheetCommands *sheets);

private:
    struct Actions;

    static Actions create(MainWindow *window, SheetCommands *sheets);
    // Undo, Redo and Copy, made as create() makes every action.
    template <typename MakeAction>
    static void createEditActions(MainWindow *window, MakeAction action, Actions &actions);
    static void addMenus(MainWindow *window, const Actions &actions);
    static void addEditMenu(MainWindow *window, const Actions &actions);
    // A menu of the menu bar or of another menu whose title follows the language.
    template <typename Title> static QMenu *translatedMenu(QWidget *parent, Title title);
    // View > Language: the languages the program speaks, the one in use ticked.
    static void addLanguageMenu(MainWindow *window, QMenu *parent);
    static QMenu *addExamplesMenu(MainWindow *window, QMenu *parent);
    static QMenu *addRecentMenu(MainWindow *window, QMenu *parent);
    static void fillRecentMenu(MainWindow *window, QMenu *menu);
};

} // namespace rolelens
