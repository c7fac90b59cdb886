#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
QT_END_NAMESPACE

namespace rolelens {

class MainWindow;

// File > Export map as SVG… and as PDF…, shown while the Role map is the view on screen (and
// Export PDF, Ctrl+E, exports the map there). Both draw the map for paper (light, the sheets'
// font), ask for a file through ExportPath and write it whole or not at all.
class MapExportCommands : public QObject {
    Q_OBJECT

public:
    // Adds the actions ("actionExportMapSvg", "actionExportMapPdf") to MENU and the window.
    static MapExportCommands *install(MainWindow *window, QMenu *menu);

    bool exportSvg();
    bool exportPdf();

private:
    MapExportCommands(MainWindow &window, QMenu &menu);
    // Shown on the map only: elsewhere they would export something not on screen.
    void follow();

    MainWindow &m_window;
    QAction *m_svg;
    QAction *m_pdf;
};

} // namespace rolelens
