#pragma once

#include <QObject>
#include <QPointer>

namespace rolelens {

class AboutDialog;
class MainWindow;
class ShortcutsDialog;
class UserGuide;

// The Help menu and what its actions open: the user guide (F1), the keyboard shortcuts, What's
// This (Shift+F1: the Advisor's questions say what they are for), About RoleLens and About Qt.
// The guide and the shortcuts are windows of their own, one of each, raised when asked for
// again; the guide's links show the main window's views.
class HelpMenu : public QObject {
    Q_OBJECT

public:
    // Adds the actions to the window and the menu at the end of its menu bar; once.
    static HelpMenu *install(MainWindow *window);

    UserGuide *showGuide();
    ShortcutsDialog *showShortcuts();
    AboutDialog *showAbout();
    // Does what a "rolelens:" link of the guide asks for ("advisor": show that view;
    // "shortcuts", "about": that window); false for a command it does not know.
    bool follow(const QString &command);

private:
    explicit HelpMenu(MainWindow *window);
    void addMenu();

    MainWindow *m_window;
    QPointer<UserGuide> m_guide;
    QPointer<ShortcutsDialog> m_shortcuts;
};

} // namespace rolelens
