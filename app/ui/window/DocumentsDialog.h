#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/builders/HiringDocuments.h"
#include "scenario/Scenario.h"
#include "ui/window/SheetCommands.h"

#include <QDialog>

#include <functional>

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

    // Lets the owner keep, in the job post, tasks the advice gives to another role; APPLY
    // records the choice in their scenario. Without it the choice is not offered.
    void allowKeeping(std::function<void(const QStringList &)> apply);

    QListWidget *kindList() const { return m_kinds; }
    QListWidget *keepList() const { return m_keeps; }
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
    void keepsChanged();

    const Catalog &m_catalog;
    Scenario m_scenario;
    Advice m_advice;
    QListWidget *m_kinds;
    QTextBrowser *m_preview;
    QListWidget *m_keeps;
    std::function<void(const QStringList &)> m_applyKeeps;
    SheetCommands m_sheets;
};

} // namespace rolelens
