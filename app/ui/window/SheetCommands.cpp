#include "ui/window/SheetCommands.h"

#include "sheet/Sheet.h"
#include "ui/window/ExportPath.h"

#include <QApplication>
#include <QDir>
#include <QMainWindow>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <utility>

namespace rolelens {
namespace {

// Lays the sheet out on the printer's pages and prints it.
void printSheet(QPrinter *printer, const PdfExport::Document &document)
{
    Sheet sheet(printer, document.headerTitle);
    document.compose(sheet);
    sheet.print();
}

} // namespace

SheetCommands::SheetCommands(QMainWindow &window, DocumentSource document)
    : m_window(window), m_document(std::move(document))
{
}

bool SheetCommands::exportPdf()
{
    const PdfExport::Document document = m_document();
    const QString path = ExportPath::ask(&m_window, tr("Export PDF"), document.title,
                                         QStringLiteral("pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    int pages = 0;
    const QString error = PdfExport::write(path, document, PdfExport::defaultPaper(), &pages);
    QApplication::restoreOverrideCursor();
    return ExportPath::report(
        m_window, tr("Export PDF"), path, error,
        tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
}

void SheetCommands::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfExport::pageSize(PdfExport::defaultPaper()));
    QPrintDialog dialog(&printer, &m_window);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    printSheet(&printer, m_document());
}

void SheetCommands::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(PdfExport::pageSize(PdfExport::defaultPaper()));
    QPrintPreviewDialog preview(&printer, &m_window);
    const PdfExport::Document document = m_document();
    // The preview repaints (zoom, page setup): each time the sheet is laid out anew.
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&document](QPrinter *target) { printSheet(target, document); });
    preview.exec();
}

} // namespace rolelens
