#include "cli/CommandLine.h"

#include "advisor/Advisor.h"
#include "base/Logging.h"
#include "catalog/CatalogLoader.h"
#include "cli/ExitCode.h"
#include "cli/ReportWriter.h"
#include "cli/TextWrap.h"
#include "scenario/ScenarioFile.h"
#include "sheet/PdfExport.h"
#include "sheet/SheetContent.h"

#include <QCoreApplication>

namespace rolelens {
namespace {

const QString kList = QStringLiteral("list");
const QString kShow = QStringLiteral("show");
const QString kCompare = QStringLiteral("compare");
const QString kAdvise = QStringLiteral("advise");

struct CommandInfo {
    QString name;
    QString synopsis;
    QString brief;
    QString summary;
    int minArguments;
    int maxArguments;
};

QList<CommandInfo> commands()
{
    return {
        {kList, QStringLiteral("list"), CommandLine::tr("list the roles"),
         CommandLine::tr("List the roles in the catalog, by category."), 0, 0},
        {kShow, QStringLiteral("show ROLE"), CommandLine::tr("one role's profile"),
         CommandLine::tr(
             "Show one role's profile: its purpose, every comparison dimension, "
             "responsibilities, skills, success metrics, what it does not do, misconceptions, "
             "and the sources of each statement. ROLE is an id or an alias (e.g. SMM)."),
         1, 1},
        {kCompare, QStringLiteral("compare ROLE ROLE [ROLE [ROLE]]"),
         CommandLine::tr("2 to 4 roles side by side"),
         CommandLine::tr(
             "Compare 2 to 4 roles side by side, dimension by dimension, with the metrics, "
             "responsibilities and skills they share and those unique to each."),
         2, 4},
        {kAdvise, QStringLiteral("advise FILE"), CommandLine::tr("advice on a hiring scenario"),
         CommandLine::tr(
             "Read a scenario file (what a business owner wants from a hire; see "
             "docs/scenario-format.md) and print the roles that fit, each unrealistic "
             "expectation with its reason and sources, and realistic targets to judge the hire "
             "by. With --pdf, write the expectations agreement instead. Exits with 3 when the "
             "scenario is invalid."),
         1, 1},
    };
}

std::optional<CommandInfo> commandInfo(const QString &name)
{
    for (const auto &info : commands()) {
        if (info.name == name) {
            return info;
        }
    }
    return std::nullopt;
}

struct Options {
    QCommandLineOption catalog{
        QStringLiteral("catalog"),
        CommandLine::tr("Also load the catalog FILE (repeatable); its entries add to "
                        "or replace built-in ones."),
        CommandLine::tr("FILE")};
    QCommandLineOption format{QStringLiteral("format"),
                              CommandLine::tr("Output format: text, json or markdown."),
                              CommandLine::tr("FORMAT"), QStringLiteral("text")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               CommandLine::tr("Print debug messages to stderr.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            CommandLine::tr("Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               CommandLine::tr("Show the version.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  CommandLine::tr("Render the window to FILE (PNG) and exit."),
                                  CommandLine::tr("FILE")};
    QCommandLineOption view{
        QStringLiteral("view"),
        CommandLine::tr("Window view: browse, compare, metrics, results or advisor."),
        CommandLine::tr("VIEW")};
    QCommandLineOption palette{
        QStringLiteral("palette"),
        CommandLine::tr("Window palette: light or dark (default: the system's)."),
        CommandLine::tr("PALETTE")};

    QCommandLineOption pdf{QStringLiteral("pdf"),
                           CommandLine::tr("Write the printable sheet to FILE (PDF)."),
                           CommandLine::tr("FILE")};
    QCommandLineOption paper{QStringLiteral("paper"), CommandLine::tr("Paper: a4 or letter."),
                             CommandLine::tr("PAPER")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions(
            {catalog, format, verbose, help, version, screenshot, view, palette, pdf, paper});
    }
};

} // namespace

bool CommandLine::wantsWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options().addTo(parser);
    if (!parser.parse(arguments)) {
        return false; // let the command line report the error
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        return false;
    }
    return parser.positionalArguments().isEmpty() || parser.isSet(QStringLiteral("screenshot"));
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options().addTo(parser);
    return parser.parse(arguments) && parser.isSet(QStringLiteral("pdf")) &&
           !parser.isSet(QStringLiteral("help"));
}

Result<Catalog> CommandLine::loadCatalog(const QStringList &extraFiles)
{
    CatalogLoader loader;
    loader.addBuiltIn();
    for (const auto &file : extraFiles) {
        loader.addFile(file);
    }
    return loader.finish();
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CommandLine::usageError(const QString &message)
{
    m_err << QStringLiteral("rolelens: ") << message << QLatin1Char('\n')
          << tr("Try 'rolelens --help'.") << QLatin1Char('\n');
    m_err.flush();
    return ExitUsage;
}

std::optional<CommandLine::Invocation> CommandLine::parse(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        usageError(parser.errorText());
        return std::nullopt;
    }
    Invocation invocation;
    invocation.catalogFiles = parser.values(options.catalog);
    invocation.verbose = parser.isSet(options.verbose);
    invocation.help = parser.isSet(options.help);
    invocation.version = parser.isSet(options.version);
    invocation.arguments = parser.positionalArguments();
    invocation.screenshot = parser.value(options.screenshot);
    invocation.view = parser.value(options.view);
    invocation.palette = parser.value(options.palette);
    // With --screenshot, the arguments are the roles to show, not a command.
    if (!invocation.arguments.isEmpty() && invocation.screenshot.isEmpty()) {
        invocation.command = invocation.arguments.takeFirst();
    }
    if (invocation.help || invocation.version) {
        return invocation;
    }
    const bool windowOptions = parser.isSet(options.screenshot) || parser.isSet(options.view) ||
                               parser.isSet(options.palette);
    if (windowOptions && !invocation.command.isEmpty()) {
        usageError(tr("--screenshot, --view and --palette are for the window, not for '%1'")
                       .arg(invocation.command));
        return std::nullopt;
    }
    if (parser.isSet(options.screenshot) && invocation.screenshot.isEmpty()) {
        usageError(tr("--screenshot needs a file name"));
        return std::nullopt;
    }
    const QStringList views{QStringLiteral("browse"), QStringLiteral("compare"),
                            QStringLiteral("metrics"), QStringLiteral("results"),
                            QStringLiteral("advisor")};
    if (!invocation.view.isEmpty() && !views.contains(invocation.view)) {
        usageError(tr("unknown view \"%1\" (expected browse, compare, metrics, results or "
                      "advisor)")
                       .arg(invocation.view));
        return std::nullopt;
    }
    if (!invocation.palette.isEmpty() && invocation.palette != QLatin1String("light") &&
        invocation.palette != QLatin1String("dark")) {
        usageError(tr("unknown palette \"%1\" (expected light or dark)").arg(invocation.palette));
        return std::nullopt;
    }
    if (!invocation.command.isEmpty() && !commandInfo(invocation.command)) {
        usageError(tr("unknown command \"%1\" (commands: list, show, compare, advise)")
                       .arg(invocation.command));
        return std::nullopt;
    }
    invocation.pdf = parser.value(options.pdf);
    invocation.paper = parser.value(options.paper);
    const bool sheetCommand = invocation.command == kShow || invocation.command == kCompare ||
                              invocation.command == kAdvise;
    if (parser.isSet(options.pdf) && (!sheetCommand || invocation.pdf.isEmpty())) {
        usageError(invocation.pdf.isEmpty() ? tr("--pdf needs a file name")
                                            : tr("--pdf goes with 'show', 'compare' or 'advise'"));
        return std::nullopt;
    }
    if (parser.isSet(options.paper) && invocation.pdf.isEmpty()) {
        usageError(tr("--paper goes with --pdf"));
        return std::nullopt;
    }
    if (!invocation.paper.isEmpty() && !PdfExport::paperFromName(invocation.paper)) {
        usageError(tr("unknown paper \"%1\" (expected a4 or letter)").arg(invocation.paper));
        return std::nullopt;
    }
    const QStringList formats = ReportWriter::formats();
    invocation.format = parser.value(options.format);
    if (!formats.contains(invocation.format)) {
        usageError(
            tr("unknown format \"%1\" (expected text, json or markdown)").arg(invocation.format));
        return std::nullopt;
    }
    if (invocation.command.isEmpty() && parser.isSet(options.format)) {
        usageError(tr("--format needs a command (list, show, compare or advise)"));
        return std::nullopt;
    }
    return invocation;
}

int CommandLine::run(const QStringList &arguments)
{
    const auto invocation = parse(arguments);
    if (!invocation) {
        return ExitUsage;
    }
    return run(*invocation);
}

int CommandLine::run(const Invocation &invocation)
{
    if (invocation.help) {
        m_out << helpText(invocation.command);
        m_out.flush();
        return ExitOk;
    }
    if (invocation.version) {
        m_out << QStringLiteral("rolelens %1\n").arg(QCoreApplication::applicationVersion());
        m_out.flush();
        return ExitOk;
    }
    const auto info = commandInfo(invocation.command);
    if (!info) {
        return usageError(tr("no command given"));
    }
    const auto count = invocation.arguments.size();
    if (invocation.command == kCompare &&
        (count < info->minArguments || count > info->maxArguments)) {
        return usageError(tr("compare takes 2 to 4 roles, %1 given").arg(count));
    }
    if (invocation.command == kAdvise && count != 1) {
        return usageError(tr("advise takes one scenario file, %1 given").arg(count));
    }
    if (count < info->minArguments) {
        return usageError(tr("%1 needs a role id, e.g. 'rolelens %1 social-media-manager'")
                              .arg(invocation.command));
    }
    if (count > info->maxArguments) {
        return usageError(
            tr("too many arguments for %1: %2")
                .arg(invocation.command,
                     invocation.arguments.mid(info->maxArguments).join(QLatin1Char(' '))));
    }

    const Result<Catalog> catalog = loadCatalog(invocation.catalogFiles);
    if (!catalog) {
        printCatalogErrors(catalog.errors());
        return ExitInvalidData;
    }
    if (invocation.command == kList) {
        return runList(catalog.value(), invocation);
    }
    if (invocation.command == kShow) {
        return runShow(catalog.value(), invocation);
    }
    if (invocation.command == kAdvise) {
        return runAdvise(catalog.value(), invocation);
    }
    return runCompare(catalog.value(), invocation);
}

void CommandLine::printCatalogErrors(const Diagnostics &errors)
{
    m_err << tr("rolelens: the catalog is invalid; problems found: %1").arg(errors.size())
          << QLatin1Char('\n');
    for (const auto &error : errors) {
        m_err << QStringLiteral("  ") << error.toString() << QLatin1Char('\n');
    }
    m_err.flush();
}

std::optional<QString> CommandLine::resolveRole(const Catalog &catalog, const QString &text)
{
    const QString id = catalog.resolveRoleId(text);
    if (!id.isEmpty()) {
        return id;
    }
    usageError(tr("unknown role \"%1\"; did you mean: %2?")
                   .arg(text, catalog.closestRoleIds(text).join(QStringLiteral(", "))));
    return std::nullopt;
}

int CommandLine::runList(const Catalog &catalog, const Invocation &invocation)
{
    m_out << ReportWriter::forFormat(invocation.format)->list(catalog);
    m_out.flush();
    return ExitOk;
}

int CommandLine::runShow(const Catalog &catalog, const Invocation &invocation)
{
    const auto id = resolveRole(catalog, invocation.arguments.first());
    if (!id) {
        return ExitUsage;
    }
    const Role &role = *catalog.role(*id);
    if (!invocation.pdf.isEmpty()) {
        return writeSheet(invocation, SheetContent::profileDocument(catalog, role));
    }
    m_out << ReportWriter::forFormat(invocation.format)->show(catalog, role);
    m_out.flush();
    return ExitOk;
}

int CommandLine::runCompare(const Catalog &catalog, const Invocation &invocation)
{
    QStringList ids;
    for (const auto &text : invocation.arguments) {
        const auto id = resolveRole(catalog, text);
        if (!id) {
            return ExitUsage;
        }
        ids.append(*id);
    }
    const Result<Comparison> comparison = Comparison::of(catalog, ids);
    if (!comparison) {
        return usageError(comparison.errors().first().message);
    }
    if (!invocation.pdf.isEmpty()) {
        return writeSheet(invocation, SheetContent::comparisonDocument(
                                          catalog, comparison.value(),
                                          MetricChartBuilder::catalogCurves(catalog, ids)));
    }
    m_out << ReportWriter::forFormat(invocation.format)->compare(catalog, comparison.value());
    m_out.flush();
    return ExitOk;
}

int CommandLine::runAdvise(const Catalog &catalog, const Invocation &invocation)
{
    const QString &path = invocation.arguments.first();
    const Result<Scenario> scenario = ScenarioFile::load(path, catalog);
    if (!scenario) {
        m_err << tr("rolelens: the scenario is invalid; problems found: %1")
                     .arg(scenario.errors().size())
              << QLatin1Char('\n');
        for (const auto &error : scenario.errors()) {
            m_err << QStringLiteral("  ") << error.toString() << QLatin1Char('\n');
        }
        m_err.flush();
        return ExitInvalidData;
    }
    const Advice advice = Advisor(catalog).advise(scenario.value());
    if (!invocation.pdf.isEmpty()) {
        return writeSheet(invocation,
                          SheetContent::agreementDocument(catalog, scenario.value(), advice));
    }
    m_out << ReportWriter::forFormat(invocation.format)->advise(catalog, advice);
    m_out.flush();
    return ExitOk;
}

int CommandLine::writeSheet(const Invocation &invocation, const PdfExport::Document &document)
{
    const PdfExport::Paper paper = invocation.paper.isEmpty()
                                       ? PdfExport::defaultPaper()
                                       : *PdfExport::paperFromName(invocation.paper);
    int pages = 0;
    const QString error = PdfExport::write(invocation.pdf, document, paper, &pages);
    if (!error.isEmpty()) {
        m_err << QStringLiteral("rolelens: ") << error << QLatin1Char('\n');
        m_err.flush();
        return ExitWriteFailed;
    }
    m_out << tr("Wrote %1 (%2 pages, %3).")
                 .arg(invocation.pdf)
                 .arg(pages)
                 .arg(paper == PdfExport::Paper::Letter ? QStringLiteral("Letter")
                                                        : QStringLiteral("A4"))
          << QLatin1Char('\n');
    m_out.flush();
    return ExitOk;
}

QString CommandLine::helpText(const QString &command) const
{
    const Options options;
    QString text;
    const auto optionLine = [](const QString &names, const QString &description) {
        return QStringLiteral("  %1%2\n").arg(names, -24).arg(description);
    };
    const QString commonOptions =
        optionLine(QStringLiteral("--catalog FILE"), tr("Also load a catalog file (repeatable).")) +
        optionLine(QStringLiteral("--verbose"), tr("Print debug messages to stderr.")) +
        optionLine(QStringLiteral("-h, --help"), tr("Show this help.")) +
        optionLine(QStringLiteral("-v, --version"), tr("Show the version."));
    if (const auto info = commandInfo(command)) {
        text += tr("Usage: rolelens %1 [options]").arg(info->synopsis) + QStringLiteral("\n\n");
        text += textwrap::wrapped(info->summary, QString()) + QLatin1Char('\n') + tr("Options:") +
                QLatin1Char('\n');
        text +=
            optionLine(QStringLiteral("--format FORMAT"), tr("text (default), json or markdown."));
        text += commonOptions;
        return text;
    }
    text += tr("Usage: rolelens [options] [command] [arguments]") + QStringLiteral("\n\n");
    text += textwrap::wrapped(tr("RoleLens explains what social media and adjacent roles are for, "
                                 "how they are judged, and what they do not do. Without a "
                                 "command, the window starts."),
                              QString()) +
            QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto &info : commands()) {
        text += QStringLiteral("  %1  %2\n").arg(info.synopsis, -32).arg(info.brief);
    }
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') +
            optionLine(QStringLiteral("--format FORMAT"),
                       tr("With a command: text (default), json or markdown.")) +
            commonOptions;
    text += QLatin1Char('\n') + tr("Window options:") + QLatin1Char('\n') +
            optionLine(QStringLiteral("--palette light|dark"),
                       tr("Use this palette, not the system's.")) +
            optionLine(QStringLiteral("--screenshot FILE"),
                       tr("Render the window to a PNG and exit.")) +
            optionLine(QStringLiteral("--view VIEW"),
                       tr("With --screenshot: browse|compare|metrics|")) +
            optionLine(QString(), tr("results|advisor")) +
            optionLine(QStringLiteral("ROLE ..."),
                       tr("With --screenshot: the role (browse) or roles")) +
            optionLine(QString(), tr("(compare) to show."));
    text += QLatin1Char('\n') +
            textwrap::wrapped(tr("'rolelens COMMAND --help' describes a command. Exit codes: 0 "
                                 "success, 1 the window could not start, 2 wrong usage or "
                                 "unknown role, 3 invalid catalog or scenario file, 4 a file "
                                 "could not be written."),
                              QString());
    return text;
}

} // namespace rolelens
