#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <functional>

namespace rolelens {

class MainWindow;

// Opens the files handed to the window: named on the command line, dropped on it, or sent by
// a file manager's "Open with". A scenario opens in the Advisor (asking first about unsaved
// changes); a catalog file adds roles, so it opens in a new window that reads the catalog
// files of this one and the new one, and this window, with whatever is unsaved in it, stays as
// it is. Whatever cannot be opened is said in one dialog naming each file and the reason.
class FileOpener : public QObject {
    Q_OBJECT

public:
    // Watches the window for dropped files.
    explicit FileOpener(MainWindow &window);

    // True when everything named was opened (or handed to a new window).
    bool open(const QStringList &paths);
    // Once the window is up: the files given, or else (unless the user turned it off, or a
    // recovered autosave is showing) the last scenario opened, as it was left.
    void openAtStart(const QStringList &paths);

    // Sorts the files given at start: the catalog files, read with the built-in catalog
    // before the window opens, and the rest, opened once it is up (open()).
    static void splitCatalogFiles(const QStringList &paths, QStringList *catalogFiles,
                                  QStringList *otherFiles);

    // Starts another RoleLens window with these arguments; the default starts this program.
    // Tests replace it.
    using WindowStarter = std::function<bool(const QStringList &arguments)>;
    static void setWindowStarter(WindowStarter starter);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool openCatalogsInNewWindow(const QStringList &catalogFiles);

    MainWindow &m_window;
};

} // namespace rolelens
