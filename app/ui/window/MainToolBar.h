#pragma once

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QAction;
QT_END_NAMESPACE

namespace rolelens {

class MainWindow;

// The main window's toolbar: the actions a newcomer looks for, with icons, and the examples'
// menu (the views have their tabs already). Each button reads out as its action: its text,
// and its tip as the description (AccessibleText::mirror).
class MainToolBar {
    // The strings were the main window's, and are translated under its name.
    Q_DECLARE_TR_FUNCTIONS(rolelens::MainWindow)

public:
    struct Actions {
        QAction *find;
        QAction *add;
        QAction *newScenario;
        QAction *openScenario;
        QAction *saveScenario;
        QAction *exportPdf;
    };

    // Once, after the menus (the examples' menu is File's).
    static void add(MainWindow *window, const Actions &actions);

private:
    static void addExamplesButton(MainWindow *window);
};

} // namespace rolelens
