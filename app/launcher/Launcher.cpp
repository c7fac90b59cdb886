#include "launcher/Launcher.h"

#include "base/Logging.h"
#include "cli/ExitCode.h"
#include "i18n/Languages.h"
#include "launcher/DisplayCheck.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/fit/SelfCheckView.h"
#include "ui/window/AppPalette.h"
#include "ui/window/CatalogLoadJob.h"
#include "ui/window/Dialogs.h"
#include "ui/window/FileOpener.h"
#include "ui/window/FirstPaintProbe.h"
#include "ui/window/MainWindow.h"
#include "ui/window/Settings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QFontMetrics>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>

#include <csignal>
#include <future>
#include <memory>

namespace rolelens {

int Launcher::run(int argc, char *argv[])
{
    // A write over the file-size limit must fail with an error the program reports, not
    // kill it (the default for SIGXFSZ).
    std::signal(SIGXFSZ, SIG_IGN);
    describeApplication();
    // Before any application object, so that Qt's start-up messages go through it too;
    // set up again once --verbose is known.
    setUpLogging({});
    const QStringList arguments = argumentsOf(argc, argv);
    if (CommandLine::wantsWindow(arguments)) {
        return runWindow(argc, argv, arguments);
    }
    return runCommandLine(argc, argv, arguments);
}

QStringList Launcher::argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    return arguments;
}

void Launcher::describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("RoleLens"));
    QCoreApplication::setOrganizationName(QStringLiteral("RoleLens"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROLELENS_VERSION));
}

void Launcher::setWindowIcon()
{
    // Qt decodes every image added to an icon at once: the small one now, the large one (for
    // task switchers on dense screens) once the window is up, not on the way to its first
    // paint.
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rolelens-64.png")));
    QTimer::singleShot(500, qApp, [] {
        QIcon icon(QStringLiteral(":/icons/rolelens-64.png"));
        icon.addFile(QStringLiteral(":/icons/rolelens-256.png"));
        QApplication::setWindowIcon(icon);
    });
}

void Launcher::preferUnshapedText()
{
    // Shaping Latin text through HarfBuzz only adds kerning and ligatures, yet it was most of
    // the cost of laying out a role's profile at start-up; scripts that need shaping (Arabic,
    // Devanagari...) are still shaped.
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::PreferNoShaping);
    QApplication::setFont(font);
}

void Launcher::readyFonts()
{
    // The first metrics asked for read the system's font list and load the default font.
    QFontMetrics(QApplication::font()).height();
}

void Launcher::useSystemLanguage(const QStringList &arguments)
{
    // --lang, if given and known, already for the command line's own errors ("unknown
    // command"), which come before the options are read.
    const qsizetype at = arguments.indexOf(QStringLiteral("--lang"));
    QString asked = at >= 0 ? arguments.value(at + 1) : QString();
    for (const auto &argument : arguments) {
        if (argument.startsWith(QStringLiteral("--lang="))) {
            asked = argument.mid(7);
        }
    }
    Languages::use(Languages::isSupported(asked) ? asked : Languages::forLocale(QLocale::system()));
}

void Launcher::useLanguage(const Invocation &invocation, bool window)
{
    QString language = invocation.language;
    if (language.isEmpty() && window && invocation.screenshot.isEmpty()) {
        language = Settings::value(Settings::Key::Language).toString();
    }
    if (Languages::isSupported(language) && language != Languages::current()) {
        Languages::use(language);
    }
}

// Renders the window as asked on the command line, without reading or writing the user's
// settings, so that screenshots are reproducible.
int Launcher::takeScreenshot(MainWindow &window, const CommandLine::Invocation &invocation,
                             QTextStream &err)
{
    const bool selfCheck = invocation.view == QLatin1String("self-check");
    QStringList roles;
    // On the self-check, the arguments are its answers: "writing=strong",
    // "numbers-or-people=people".
    for (const auto &text : selfCheck ? QStringList() : invocation.arguments) {
        const QString id = window.catalog().resolveRoleId(text);
        if (id.isEmpty()) {
            err << QCoreApplication::translate("main",
                                               "rolelens: unknown role \"%1\"; did you mean: %2?")
                       .arg(text, window.catalog().closestRoleIds(text).join(QStringLiteral(", ")))
                << Qt::endl;
            return ExitUsage;
        }
        roles.append(id);
    }
    const bool advisor = invocation.view == QLatin1String("advisor");
    const bool map = invocation.view == QLatin1String("map");
    const bool compare = !invocation.view.isEmpty() && invocation.view != QLatin1String("browse") &&
                         !advisor && !selfCheck && !map;
    if (compare) {
        window.compareView()->setRoles(roles.isEmpty()
                                           ? QStringList{QStringLiteral("social-media-manager"),
                                                         QStringLiteral("social-media-influencer")}
                                           : roles);
    }
    window.browseView()->selectRole(
        !compare && !roles.isEmpty() ? roles.first() : window.catalog().roles().first().id);
    window.showView(compare ? MainWindow::View::Compare : MainWindow::View::Browse);
    // The advisor shows the first example scenario.
    if (advisor) {
        window.scenarioSession()->openExample(ScenarioFile::examples().value(0));
        window.showView(MainWindow::View::Advisor);
    }
    if (selfCheck) {
        window.selfCheckView()->setAnswerList(invocation.arguments);
        window.showView(MainWindow::View::SelfCheck);
    }
    if (map) {
        window.showView(MainWindow::View::Map);
    }
    // "metrics" and "results" are the compare view's chart tabs.
    if (invocation.view == QLatin1String("metrics")) {
        window.compareView()->showTab(CompareView::Tab::Metrics);
    } else if (invocation.view == QLatin1String("results")) {
        window.compareView()->showTab(CompareView::Tab::Results);
    }
    // The size the window opens at on this screen: scripts/screenshots.sh declares a
    // 1920 × 1080 one, so that its screenshots compare; a small screen shows what it gets.
    window.resize(window.defaultSize());
    window.show();
    QApplication::processEvents();
    if (!window.saveScreenshot(invocation.screenshot)) {
        err << tr("rolelens: cannot write the screenshot %1").arg(invocation.screenshot)
            << Qt::endl;
        return ExitWriteFailed;
    }
    return ExitOk;
}

int Launcher::runWindow(int argc, char *argv[], const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!DisplayCheck::problem().isEmpty()) {
        QCoreApplication app(argc, argv);
        useSystemLanguage(arguments);
        CommandLine commandLine(out, err);
        const auto invocation = commandLine.parse(arguments);
        if (!invocation) {
            return ExitUsage;
        }
        useLanguage(*invocation, true);
        if (invocation->screenshot.isEmpty()) {
            err << tr("rolelens: cannot open the window: %1. Run it under a desktop session "
                      "or 'xvfb-run -a rolelens', or use the command line: 'rolelens --help'.")
                       .arg(DisplayCheck::problem()) // again, now that it can be translated
                << Qt::endl;
            return ExitFailure;
        }
        // A screenshot needs no screen: render offscreen.
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    setWindowIcon();
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.example.RoleLens"));
    preferUnshapedText();
    useSystemLanguage(arguments);
    CommandLine commandLine(out, err);
    const auto invocation = commandLine.parse(arguments);
    if (!invocation) {
        return ExitUsage;
    }
    useLanguage(*invocation, true);
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataFolder);
    setUpLogging({invocation->verbose, dataFolder + QStringLiteral("/rolelens.log")});
    if (!invocation->palette.isEmpty()) {
        AppPalette::apply(invocation->palette);
    }
    if (invocation->fontSize > 0) {
        QFont font = QApplication::font();
        font.setPointSizeF(invocation->fontSize);
        QApplication::setFont(font);
    }
    // Catalog files given to open are read with the catalog; the scenario opens in the window.
    QStringList catalogFiles = invocation->catalogFiles;
    QStringList filesToOpen;
    FileOpener::splitCatalogFiles(invocation->filesToOpen, &catalogFiles, &filesToOpen);
    if (invocation->screenshot.isEmpty() && !catalogFiles.isEmpty()) {
        return runWindowLoadingCatalog(commandLine, catalogFiles, filesToOpen, dataFolder);
    }
    // The built-in catalog alone loads in a few milliseconds; screenshots want it all at once.
    // It is read on another core while this thread readies the fonts, which the first widget
    // would do anyway: start-up waits for the longer of the two, not for both.
    auto loading = std::async(std::launch::async,
                              [files = catalogFiles] { return CommandLine::loadCatalog(files); });
    readyFonts();
    auto catalog = loading.get();
    if (!catalog) {
        reportCatalogErrors(commandLine, catalog.errors(), invocation->screenshot.isEmpty(),
                            nullptr);
        return ExitInvalidData;
    }
    logStart(catalog->roles().size(), dataFolder);
    MainWindow window(std::move(catalog).value());
    window.setCatalogFiles(catalogFiles);
    if (invocation->screenshot.isEmpty()) {
        watchFirstPaint(window);
        window.restoreSettings();
        window.show();
        // Once the window is painted: opening may ask questions, over the window.
        QTimer::singleShot(
            0, &window, [&window, filesToOpen] { window.fileOpener()->openAtStart(filesToOpen); });
        return QApplication::exec();
    }
    return takeScreenshot(window, *invocation, err);
}

int Launcher::runWindowLoadingCatalog(CommandLine &commandLine, const QStringList &catalogFiles,
                                      const QStringList &filesToOpen, const QString &dataFolder)
{
    MainWindow window;
    window.setCatalogFiles(catalogFiles);
    watchFirstPaint(window);
    window.restoreWindowGeometry();
    window.show();
    CatalogLoadJob job(catalogFiles);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&job, &CatalogLoadJob::progress, &window, &MainWindow::showLoadingProgress);
    QObject::connect(&job, &CatalogLoadJob::finished, &window, [&] {
        auto result = job.takeResult();
        if (!result) {
            return; // cancelled: the window is closing
        }
        if (!*result) {
            reportCatalogErrors(commandLine, result->errors(), true, &window);
            QCoreApplication::exit(ExitInvalidData);
            return;
        }
        const qint64 loadMs = clock.elapsed();
        window.installCatalog(std::move(*result).value(), job.searchIndex(), job.advisorMemory());
        window.restoreSession();
        window.fileOpener()->openAtStart(filesToOpen);
        logStart(window.catalog().roles().size(), dataFolder);
        logger(LogArea::Ui)
            ->info("catalog loaded off the GUI thread in {} ms; views built in {} ms", loadMs,
                   clock.elapsed() - loadMs);
    });
    // Closing the window while loading quits; the job stops after the file it is reading.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, &job, &CatalogLoadJob::cancel);
    job.start();
    return QApplication::exec();
}

void Launcher::reportCatalogErrors(CommandLine &commandLine, const Diagnostics &errors,
                                   bool interactive, QWidget *parent)
{
    commandLine.printCatalogErrors(errors);
    if (!interactive) {
        return;
    }
    // Started from a desktop, nobody reads stderr: say it in a dialog as well.
    Dialogs::warning(parent, tr("RoleLens"),
                     tr("The catalog could not be loaded:\n\n%1").arg(firstLines(errors, 20)));
}

void Launcher::watchFirstPaint(MainWindow &window)
{
    switch (FirstPaintProbe::requested()) {
    case FirstPaintProbe::Wait::None:
        return;
    case FirstPaintProbe::Wait::AnyPaint:
        new FirstPaintProbe(&window);
        return;
    case FirstPaintProbe::Wait::CatalogPaint:
        new FirstPaintProbe(&window, [&window] { return window.hasCatalog(); });
        return;
    }
}

void Launcher::logStart(qsizetype roleCount, const QString &dataFolder)
{
    logger(LogArea::Ui)
        ->info("RoleLens {} starting with {} roles; log folder {}",
               QCoreApplication::applicationVersion(), roleCount, dataFolder);
}

int Launcher::runCommandLine(int argc, char *argv[], const QStringList &arguments)
{
    // Charts, and so PDF sheets, need a QApplication; never a display.
    std::unique_ptr<QCoreApplication> app;
    if (CommandLine::needsGui(arguments)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    useSystemLanguage(arguments);
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandLine commandLine(out, err);
    const auto invocation = commandLine.parse(arguments);
    if (!invocation) {
        return ExitUsage;
    }
    useLanguage(*invocation, false);
    setUpLogging({invocation->verbose, {}});
    return commandLine.run(*invocation);
}

} // namespace rolelens
