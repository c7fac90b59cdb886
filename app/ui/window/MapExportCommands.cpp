#include "ui/window/MapExportCommands.h"

#include "diagram/MapExport.h"
#include "ui/widgets/Retranslation.h"
#include "ui/window/ExportPath.h"
#include "ui/window/MainWindow.h"
#include "ui/window/WindowAction.h"

#include <QMenu>
#include <QTabWidget>

namespace rolelens {

MapExportCommands *MapExportCommands::install(MainWindow *window, QMenu *menu)
{
    return new MapExportCommands(*window, *menu);
}

MapExportCommands::MapExportCommands(MainWindow &window, QMenu &menu)
    : QObject(&window), m_window(window),
      m_svg(WindowAction::add(
          &window, QStringLiteral("actionExportMapSvg"), [] { return tr("Export map as SV&G…"); },
          QKeySequence(), [this] { exportSvg(); })),
      m_pdf(WindowAction::add(
          &window, QStringLiteral("actionExportMapPdf"), [] { return tr("Export map as PD&F…"); },
          QKeySequence(), [this] { exportPdf(); }))
{
    menu.addAction(m_svg);
    menu.addAction(m_pdf);
    Retranslation::apply(&window, [this] {
        m_svg->setStatusTip(tr("Save the role map as an SVG drawing, to edit or put in a page"));
        m_pdf->setStatusTip(tr("Save the role map as a one-page PDF"));
    });
    connect(&menu, &QMenu::aboutToShow, this, &MapExportCommands::follow);
    if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"))) {
        connect(tabs, &QTabWidget::currentChanged, this, &MapExportCommands::follow);
    }
    follow();
}

void MapExportCommands::follow()
{
    const bool onMap = m_window.currentView() == MainWindow::View::Map;
    m_svg->setVisible(onMap);
    m_pdf->setVisible(onMap);
}

bool MapExportCommands::exportSvg()
{
    const QString caption = tr("Export map as SVG");
    const QString path = ExportPath::ask(&m_window, caption, MapExport::documentTitle(),
                                         QStringLiteral("svg"), tr("SVG drawings (*.svg)"));
    return !path.isEmpty() && ExportPath::report(m_window, caption, path,
                                                 MapExport::writeSvg(path, m_window.catalog()));
}

bool MapExportCommands::exportPdf()
{
    const QString caption = tr("Export map as PDF");
    const QString path = ExportPath::ask(&m_window, caption, MapExport::documentTitle(),
                                         QStringLiteral("pdf"), tr("PDF files (*.pdf)"));
    return !path.isEmpty() && ExportPath::report(m_window, caption, path,
                                                 MapExport::writePdf(path, m_window.catalog(),
                                                                     PdfExport::defaultPaper()));
}

} // namespace rolelens
