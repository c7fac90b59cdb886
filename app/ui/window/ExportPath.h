#pragma once

#include <QCoreApplication>
#include <QString>

QT_BEGIN_NAMESPACE
class QMainWindow;
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

// Where the window exports a document to (a PDF sheet, CSV tables): asked in a save dialog that
// opens in the folder of the last export, else the Documents folder, on a file name made of
// the document's title; the suffix is added when the user types none, and the folder is
// remembered for the next export.
class ExportPath {
    Q_DECLARE_TR_FUNCTIONS(ExportPath)

public:
    // The path chosen; empty if the user cancelled.
    static QString ask(QWidget *parent, const QString &caption, const QString &title,
                       const QString &suffix, const QString &filter);
    // How an export to `path` went, told the same way for every format: `error` (when not
    // empty) in a dialog titled `caption` and in the status bar, else `saved` (by default
    // "Saved PATH.") in the status bar. True when it was written.
    static bool report(QMainWindow &window, const QString &caption, const QString &path,
                       const QString &error, const QString &saved = {});
    // "Social media manager vs Community manager" -> "social-media-manager-vs-community-manager".
    static QString fileNameOf(const QString &title);
};

} // namespace rolelens
