#include "ui/window/DocumentExport.h"

#include "html/HtmlRenderer.h"
#include "io/AtomicFile.h"
#include "report/MarkdownRenderer.h"
#include "sheet/PdfExport.h"
#include "sheet/SheetContent.h"
#include "ui/window/ExportPath.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMainWindow>

namespace rolelens {

QString DocumentExport::write(const QString &path, const Catalog &catalog, const Document &document,
                              const QPalette &palette)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf")) {
        int pages = 0;
        return PdfExport::write(path, SheetContent::of(document, catalog, QString()),
                                PdfExport::defaultPaper(), &pages);
    }
    QString text;
    if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        text = MarkdownRenderer::render(document, catalog);
    } else if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        HtmlRenderer html(catalog, palette, HtmlRenderer::Links::Page);
        text = HtmlRenderer::page(document.title(), html.render(document));
    } else {
        return tr("%1: RoleLens saves this as .pdf, .md or .html, not as \"%2\".")
            .arg(QDir::toNativeSeparators(path), suffix);
    }
    return AtomicFile::write(path, text.toUtf8()).value_or(QString());
}

bool DocumentExport::saveAs(QMainWindow &window, const Catalog &catalog, const Document &document)
{
    const QString caption = tr("Save as");
    const QString path =
        ExportPath::ask(&window, caption, document.title(), QStringLiteral("pdf"),
                        tr("PDF documents (*.pdf);;Markdown (*.md);;HTML pages (*.html)"));
    if (path.isEmpty()) {
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = write(path, catalog, document, window.palette());
    QApplication::restoreOverrideCursor();
    return ExportPath::report(window, caption, path, error);
}

} // namespace rolelens
