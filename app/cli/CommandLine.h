#pragma once

#include "base/Result.h"
#include "catalog/Catalog.h"
#include "cli/Invocation.h"
#include "scenario/Scenario.h"
#include "sheet/PdfExport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace rolelens {

// The command line: `rolelens [options] [command] [arguments]`. Without a command the window
// starts; with one, the command runs on the catalog and prints to stdout, errors to stderr.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    using Invocation = rolelens::Invocation;

    // True when this run draws charts or the map (a PDF, an SVG), which needs a QApplication
    // even without a display; decided before any application object exists.
    static bool needsGui(const QStringList &arguments);

    // Decides, before any application object exists, whether this run opens the window.
    static bool wantsWindow(const QStringList &arguments);
    // Loads the built-in catalog and the user's files, in that order, in the language in use
    // (Languages::current()).
    static Result<Catalog> loadCatalog(const QStringList &extraFiles);

    CommandLine(QTextStream &out, QTextStream &err);

    // Parses; on a usage error prints it and returns std::nullopt.
    std::optional<Invocation> parse(const QStringList &arguments);
    // Runs a parsed command-line invocation and returns the exit code.
    int run(const Invocation &invocation);
    // Parses and runs; the whole command-line path.
    int run(const QStringList &arguments);

    void printCatalogErrors(const Diagnostics &errors);

private:
    int runList(const Catalog &catalog, const Invocation &invocation);
    int runShow(const Catalog &catalog, const Invocation &invocation);
    int runCompare(const Catalog &catalog, const Invocation &invocation);
    int runAdvise(const Catalog &catalog, const Invocation &invocation);
    int runDocument(const Catalog &catalog, const Invocation &invocation);
    // The scenario at PATH, or std::nullopt after printing every problem with it.
    std::optional<Scenario> loadScenario(const Catalog &catalog, const QString &path);
    // Resolves a typed role id or alias; prints the closest ids when unknown.
    int runFit(const Catalog &catalog, const Invocation &invocation);
    // The role map as an SVG drawing and/or a one-page PDF.
    int runMap(const Catalog &catalog, const Invocation &invocation);
    std::optional<QString> resolveRole(const Catalog &catalog, const QString &text);
    int usageError(const QString &message);
    // Prints a report; a usage error saying NOTHINGTOSHOW when it is empty.
    int print(const QString &output, const QString &nothingToShow);
    int writeSheet(const Invocation &invocation, const PdfExport::Document &document);
    // "Wrote FILE (N pages, A4)." or the error, with the exit code either way.
    int reportWritten(const Invocation &invocation, PdfExport::Paper paper, int pages,
                      const QString &error);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace rolelens
