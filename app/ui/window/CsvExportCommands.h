#pragma once

#include "report/Document.h"

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

namespace rolelens {

class MainWindow;

// File > Export … as CSV: the tables of what is on screen, as a file for a spreadsheet
// (report/CsvRenderer): the comparison's on Compare, the advice's realistic targets on the
// Advisor, the selected profile's on Browse. The action says which, and is disabled where
// there is no table: fewer than two roles compared, advice that judges no role, no role found.
// The file is written whole or not at all, any older one left as it was.
class CsvExportCommands : public QObject {
    Q_OBJECT

public:
    // Adds the action ("actionExportCsv") to MENU and to the window, whose view it follows.
    static CsvExportCommands *install(MainWindow *window, QMenu *menu);

    QAction *action() const { return m_action; }
    // Asks for a file (remembering the folder) and writes the tables; false if there are
    // none, or the user cancelled, or the file could not be written (the reason is shown).
    bool exportCsv();

private:
    CsvExportCommands(MainWindow &window, QMenu &menu);
    // What is on screen as a document of tables; none when the view shows no table.
    Document onScreen() const;
    // The action's text for the view on screen, and whether it has a table to export.
    void follow();
    // The text alone (cheap: no document is built).
    void nameAfterView();

    MainWindow &m_window;
    QAction *m_action;
};

} // namespace rolelens
