#pragma once

#include "cli/CommandLine.h"
#include "cli/Invocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

class MainWindow;

// Starts the program: decides, before any application object exists, whether this run is
// the window or the command line, builds the right application object (a display is never
// needed for the command line, and a screenshot renders offscreen), then hands over.
class Launcher {
    Q_DECLARE_TR_FUNCTIONS(Launcher)

public:
    static int run(int argc, char *argv[]);

private:
    static QStringList argumentsOf(int argc, char *argv[]);
    static void describeApplication();
    static void setWindowIcon();
    static void preferUnshapedText();
    // Reads the system's fonts and loads the default one now rather than in the first widget.
    static void readyFonts();
    // The system's language, until the command line is read (its errors are in it)...
    static void useSystemLanguage(const QStringList &arguments);
    // ...then the one asked for with --lang, or in the window the one last chosen.
    static void useLanguage(const Invocation &invocation, bool window);
    static int runWindow(int argc, char *argv[], const QStringList &arguments);
    // The window at once, with the catalog files loading on a worker thread behind it.
    static int runWindowLoadingCatalog(CommandLine &commandLine, const QStringList &catalogFiles,
                                       const QStringList &filesToOpen, const QString &dataFolder);
    // On stderr, and in a dialog when somebody started the window from a desktop.
    static void reportCatalogErrors(CommandLine &commandLine, const Diagnostics &errors,
                                    bool interactive, QWidget *parent);
    static void logStart(qsizetype roleCount, const QString &dataFolder);
    static void watchFirstPaint(MainWindow &window);
    static int runCommandLine(int argc, char *argv[], const QStringList &arguments);
    // Renders the window as asked on the command line, without reading or writing the
    // user's settings, so that screenshots are reproducible.
    static int takeScreenshot(MainWindow &window, const CommandLine::Invocation &invocation,
                              QTextStream &err);
};

} // namespace rolelens
