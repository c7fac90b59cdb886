#pragma once

#include <QDialog>
#include <QList>
#include <QString>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
class QMainWindow;
class QTreeWidget;
QT_END_NAMESPACE

namespace rolelens {

// Help > Keyboard shortcuts: every action of the main window that has a shortcut, with its
// shortcut, under the menu it is in. Read off the window's menus and actions, never written by
// hand, so that it lists what the window really does: again each time it is shown
// (refresh()) and when the language changes.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    struct Entry {
        QString group;    // the menu's title, as the menu bar shows it ("File")
        QString command;  // the action's text, as its menu shows it ("Find a role…")
        QString shortcut; // "Ctrl+F"; every binding, when there are several
    };

    explicit ShortcutsDialog(QMainWindow *window);

    // In the menu bar's order, then the actions with shortcuts no menu holds.
    static QList<Entry> entries(const QMainWindow *window);
    // `text` without the '&' that marks a mnemonic ("&&" stands for a literal '&').
    static QString withoutMnemonic(const QString &text);
    // Every shortcut of `action` in the platform's own words ("Ctrl+Y, Ctrl+Shift+Z").
    static QString shortcutText(const QAction *action);

    QTreeWidget *table() const { return m_table; }
    void refresh();

private:
    QMainWindow *m_window;
    QTreeWidget *m_table;
    QLabel *m_note;
};

} // namespace rolelens
