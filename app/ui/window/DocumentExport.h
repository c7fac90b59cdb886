#pragma once

#include "catalog/Catalog.h"
#include "report/Document.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QMainWindow;
QT_END_NAMESPACE

namespace rolelens {

// Saves a document of the document model under a name the user chooses, in the format its
// suffix names: the printable sheet (.pdf), Markdown (.md) or a page that stands alone
// (.html); no suffix is a PDF. Written whole or not at all: a failure leaves any file already
// there as it was, and says why in a dialog and the status bar.
class DocumentExport {
    Q_DECLARE_TR_FUNCTIONS(DocumentExport)

public:
    // False if cancelled or failed.
    static bool saveAs(QMainWindow &window, const Catalog &catalog, const Document &document);
    // Writes `document` to `path`; the error, or an empty string.
    static QString write(const QString &path, const Catalog &catalog, const Document &document,
                         const QPalette &palette);
};

} // namespace rolelens
