#pragma once

#include "sheet/PdfExport.h"

#include <QCoreApplication>

#include <functional>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace rolelens {

// The window's commands over the sheet of what is on screen: export it as a PDF, print it,
// preview it. The window says which sheet that is; these ask for a file or a printer, lay the
// sheet out and report on the window's status bar.
class SheetCommands {
    // The strings were the main window's, and are translated under its name.
    Q_DECLARE_TR_FUNCTIONS(rolelens::MainWindow)

public:
    using DocumentSource = std::function<PdfExport::Document()>;

    SheetCommands(QMainWindow &window, DocumentSource document);

    // Asks for a file (remembering the folder) and writes the PDF; false if cancelled or
    // failed (the reason is shown).
    bool exportPdf();
    void print();
    void printPreview();

private:
    QMainWindow &m_window;
    DocumentSource m_document;
};

} // namespace rolelens
