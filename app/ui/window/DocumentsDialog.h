#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/builders/HiringDocuments.h"
#include "scenario/Scenario.h"
#include "ui/window/SheetCommands.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QListWidget;
class QMainWindow;
class QTextBrowser;
QT_END_NAMESPACE

namespace rolelens {

// The documents an owner takes to the signature (job post, scope of work, agreement...), for
// the owner's scenario or a role alone: pick one, read it, then export it as a PDF, preview
// its print, or copy it (HTML and plain text) into an email or a job site.
class DocumentsDialog : public QDialog {
    Q_OBJECT

public:
    // The catalog must outlive the dialog; WINDOW takes the export's messages.
    DocumentsDialog(const Catalog &catalog, Scenario scenario, Advice advice, QMainWindow &window);

    QListWidget *kindList() const { return m_kinds; }
    QTextBrowser *preview() const { return m_preview; }
    HiringDocuments::Kind currentKind() const;
    void showKind(HiringDocuments::Kind kind);
    // Puts the document on the clipboard as HTML and as plain text.
    void copy();
    // Asks for a file and writes the PDF; false if cancelled or failed (the reason is shown).
    bool exportPdf();

signals:
    // A document was written to a PDF: the agreement, written, counts as issued.
    void exported(HiringDocuments::Kind kind);

private:
    Document document() const;
    void render();

    const Catalog &m_catalog;
    Scenario m_scenario;
    Advice m_advice;
    QListWidget *m_kinds;
    QTextBrowser *m_preview;
    SheetCommands m_sheets;
};

} // namespace rolelens
