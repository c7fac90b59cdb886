#include "CommandLine.h"
#include "DisplayCheck.h"
#include "ExitCode.h"
#include "Logging.h"
#include "MainWindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("RoleLens"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoleLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLELENS_VERSION));
}

void installTranslators(QCoreApplication &app)
{
    auto *own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("rolelens"), QStringLiteral("_"),
                  QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

int runWindow(int argc, char *argv[], const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString displayProblem = rolelens::DisplayCheck::problem();
    if (!displayProblem.isEmpty()) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        err << QCoreApplication::translate(
                   "main", "rolelens: cannot open the window: %1. Run it under a desktop session "
                           "or 'xvfb-run -a rolelens', or use the command line: 'rolelens --help'.")
                   .arg(displayProblem)
            << Qt::endl;
        return rolelens::ExitFailure;
    }
    QApplication app(argc, argv);
    installTranslators(app);
    rolelens::CommandLine commandLine(out, err);
    const auto invocation = commandLine.parse(arguments);
    if (!invocation) {
        return rolelens::ExitUsage;
    }
    rolelens::setUpLogging({invocation->verbose, {}});
    auto catalog = rolelens::CommandLine::loadCatalog(invocation->catalogFiles);
    if (!catalog) {
        commandLine.printCatalogErrors(catalog.errors());
        return rolelens::ExitInvalidData;
    }
    rolelens::MainWindow window(std::move(catalog).value());
    window.show();
    return QApplication::exec();
}

int runCommandLine(int argc, char *argv[], const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    installTranslators(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    rolelens::CommandLine commandLine(out, err);
    const auto invocation = commandLine.parse(arguments);
    if (!invocation) {
        return rolelens::ExitUsage;
    }
    rolelens::setUpLogging({invocation->verbose, {}});
    return commandLine.run(*invocation);
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();
    const QStringList arguments = argumentsOf(argc, argv);
    if (rolelens::CommandLine::wantsWindow(arguments)) {
        return runWindow(argc, argv, arguments);
    }
    return runCommandLine(argc, argv, arguments);
}
