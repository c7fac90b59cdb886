#include "cli/CommandLineOptions.h"

#include "cli/CommandTable.h"
#include "cli/ReportWriter.h"
#include "cli/TextWrap.h"
#include "i18n/Languages.h"
#include "sheet/PdfExport.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

#include <utility>

namespace rolelens {
namespace {

struct Options {
    QCommandLineOption catalog{
        QStringLiteral("catalog"),
        CommandLineOptions::tr("Also load the catalog FILE (repeatable); its entries add to "
                               "or replace built-in ones."),
        CommandLineOptions::tr("FILE")};
    QCommandLineOption format{
        QStringLiteral("format"),
        CommandLineOptions::tr("Output format: text, json, markdown, html or csv."),
        CommandLineOptions::tr("FORMAT"), QStringLiteral("text")};
    QCommandLineOption verbose{QStringLiteral("verbose"),
                               CommandLineOptions::tr("Print debug messages to stderr.")};
    QCommandLineOption language{
        QStringLiteral("lang"),
        CommandLineOptions::tr("Language of the output or the window: en, de, es or fr."),
        CommandLineOptions::tr("CODE")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            CommandLineOptions::tr("Show this help.")};
    QCommandLineOption version{{QStringLiteral("v"), QStringLiteral("version")},
                               CommandLineOptions::tr("Show the version.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        CommandLineOptions::tr("Render the window to FILE (PNG) and exit."),
        CommandLineOptions::tr("FILE")};
    QCommandLineOption view{
        QStringLiteral("view"),
        CommandLineOptions::tr(
            "Window view: browse, compare, metrics, results, advisor, self-check or map."),
        CommandLineOptions::tr("VIEW")};
    QCommandLineOption palette{
        QStringLiteral("palette"),
        CommandLineOptions::tr("Window palette: light or dark (default: the system's)."),
        CommandLineOptions::tr("PALETTE")};
    QCommandLineOption fontSize{
        QStringLiteral("font-size"),
        CommandLineOptions::tr("Window font size in points (default: the system's)."),
        CommandLineOptions::tr("POINTS")};

    QCommandLineOption pdf{QStringLiteral("pdf"),
                           CommandLineOptions::tr("Write the printable sheet to FILE (PDF)."),
                           CommandLineOptions::tr("FILE")};
    QCommandLineOption prefer{
        QStringLiteral("prefer"),
        CommandLineOptions::tr("fit: a kind of work you prefer, e.g. strategy or people "
                               "(repeatable, or separated by commas)."),
        CommandLineOptions::tr("WORK")};
    QCommandLineOption svg{QStringLiteral("svg"),
                           CommandLineOptions::tr("Write the role map to FILE (SVG)."),
                           CommandLineOptions::tr("FILE")};
    QCommandLineOption paper{QStringLiteral("paper"),
                             CommandLineOptions::tr("Paper: a4 or letter."),
                             CommandLineOptions::tr("PAPER")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        parser.addOptions({catalog, format, verbose, language, help, version, screenshot, view,
                           palette, fontSize, pdf, svg, paper, prefer});
    }
};

} // namespace

bool CommandLineOptions::wantsWindow(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options().addTo(parser);
    if (!parser.parse(arguments)) {
        return false; // let the command line report the error
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version"))) {
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    return positional.isEmpty() || parser.isSet(QStringLiteral("screenshot")) ||
           isFileToOpen(positional.first());
}

bool CommandLineOptions::isFileToOpen(const QString &argument)
{
    // A command's name is a command even if a file of that name lies in the current folder.
    if (CommandTable::find(argument)) {
        return false;
    }
    return argument.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ||
           QFileInfo(argument).isFile();
}

bool CommandLineOptions::needsGui(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options().addTo(parser);
    return parser.parse(arguments) &&
           (parser.isSet(QStringLiteral("pdf")) || parser.isSet(QStringLiteral("svg"))) &&
           !parser.isSet(QStringLiteral("help"));
}

std::optional<Invocation> CommandLineOptions::parse(const QStringList &arguments, QString *error)
{
    const Options options;
    QCommandLineParser parser;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    Invocation invocation;
    invocation.catalogFiles = parser.values(options.catalog);
    invocation.verbose = parser.isSet(options.verbose);
    invocation.language = parser.value(options.language);
    invocation.help = parser.isSet(options.help);
    invocation.version = parser.isSet(options.version);
    invocation.arguments = parser.positionalArguments();
    invocation.screenshot = parser.value(options.screenshot);
    invocation.view = parser.value(options.view);
    invocation.palette = parser.value(options.palette);
    // Files to open in the window ("rolelens bakery.rolelens.json", a file manager's "Open
    // with"): every argument is one.
    if (!invocation.arguments.isEmpty() && invocation.screenshot.isEmpty() &&
        isFileToOpen(invocation.arguments.first())) {
        invocation.filesToOpen = std::exchange(invocation.arguments, {});
    }
    // With --screenshot, the arguments are the roles to show, not a command.
    if (!invocation.arguments.isEmpty() && invocation.screenshot.isEmpty()) {
        invocation.command = invocation.arguments.takeFirst();
    }
    if (parser.isSet(options.language) && !Languages::isSupported(invocation.language)) {
        *error = tr("unknown language \"%1\" (expected %2)")
                     .arg(invocation.language, Languages::codes().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (invocation.help || invocation.version) {
        return invocation;
    }
    const bool windowOptions = parser.isSet(options.screenshot) || parser.isSet(options.view) ||
                               parser.isSet(options.palette) || parser.isSet(options.fontSize);
    if (windowOptions && !invocation.command.isEmpty()) {
        *error = tr("--screenshot, --view, --palette and --font-size are for the window, not for "
                    "'%1'")
                     .arg(invocation.command);
        return std::nullopt;
    }
    if (parser.isSet(options.fontSize)) {
        // From a footnote's size to a headline's: beyond, no view can be laid out.
        constexpr double kSmallest = 6;
        constexpr double kLargest = 32;
        bool number = false;
        invocation.fontSize = parser.value(options.fontSize).toDouble(&number);
        if (!number || invocation.fontSize < kSmallest || invocation.fontSize > kLargest) {
            *error = tr("--font-size needs a number of points from %1 to %2, not \"%3\"")
                         .arg(kSmallest)
                         .arg(kLargest)
                         .arg(parser.value(options.fontSize));
            return std::nullopt;
        }
    }
    if (parser.isSet(options.screenshot) && invocation.screenshot.isEmpty()) {
        *error = tr("--screenshot needs a file name");
        return std::nullopt;
    }
    const QStringList views{QStringLiteral("browse"),  QStringLiteral("compare"),
                            QStringLiteral("metrics"), QStringLiteral("results"),
                            QStringLiteral("advisor"), QStringLiteral("self-check"),
                            QStringLiteral("map")};
    if (!invocation.view.isEmpty() && !views.contains(invocation.view)) {
        *error = tr("unknown view \"%1\" (expected %2)")
                     .arg(invocation.view, views.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (!invocation.palette.isEmpty() && invocation.palette != QLatin1String("light") &&
        invocation.palette != QLatin1String("dark")) {
        *error = tr("unknown palette \"%1\" (expected light or dark)").arg(invocation.palette);
        return std::nullopt;
    }
    if (!invocation.command.isEmpty() && !CommandTable::find(invocation.command)) {
        *error = tr("unknown command \"%1\" (commands: list, show, compare, advise, document, "
                    "fit, map; or a scenario or catalog file to open in the window)")
                     .arg(invocation.command);
        return std::nullopt;
    }
    invocation.pdf = parser.value(options.pdf);
    invocation.paper = parser.value(options.paper);
    for (const QString &value : parser.values(options.prefer)) {
        invocation.preferences += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    }
    if (parser.isSet(options.prefer) && invocation.command != CommandLineOptions::kFit) {
        *error = tr("--prefer goes with 'fit'");
        return std::nullopt;
    }
    const bool sheetCommand = invocation.command == CommandLineOptions::kShow ||
                              invocation.command == CommandLineOptions::kCompare ||
                              invocation.command == CommandLineOptions::kAdvise ||
                              invocation.command == CommandLineOptions::kDocument ||
                              invocation.command == CommandLineOptions::kFit ||
                              invocation.command == CommandLineOptions::kMap;
    if (parser.isSet(options.pdf) && (!sheetCommand || invocation.pdf.isEmpty())) {
        *error = invocation.pdf.isEmpty()
                     ? tr("--pdf needs a file name")
                     : tr("--pdf goes with 'show', 'compare', 'advise', 'document', 'fit' or "
                          "'map'");
        return std::nullopt;
    }
    invocation.svg = parser.value(options.svg);
    if (parser.isSet(options.svg) &&
        (invocation.command != CommandLineOptions::kMap || invocation.svg.isEmpty())) {
        *error =
            invocation.svg.isEmpty() ? tr("--svg needs a file name") : tr("--svg goes with 'map'");
        return std::nullopt;
    }
    if (parser.isSet(options.paper) && invocation.pdf.isEmpty()) {
        *error = tr("--paper goes with --pdf");
        return std::nullopt;
    }
    if (!invocation.paper.isEmpty() && !PdfExport::paperFromName(invocation.paper)) {
        *error = tr("unknown paper \"%1\" (expected a4 or letter)").arg(invocation.paper);
        return std::nullopt;
    }
    const QStringList formats = ReportWriter::formats();
    invocation.format = parser.value(options.format);
    if (!formats.contains(invocation.format)) {
        *error = tr("unknown format \"%1\" (expected %2)")
                     .arg(invocation.format, formats.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (invocation.command.isEmpty() && parser.isSet(options.format)) {
        *error = tr("--format needs a command (list, show, compare, advise or document)");
        return std::nullopt;
    }
    return invocation;
}

QList<CommandLineOptions::Command> CommandLineOptions::commands()
{
    QList<Command> list;
    for (const auto &info : CommandTable::all()) {
        list.append({info.name, info.minArguments, info.maxArguments});
    }
    return list;
}

std::optional<CommandLineOptions::Command> CommandLineOptions::command(const QString &name)
{
    const auto info = CommandTable::find(name);
    if (!info) {
        return std::nullopt;
    }
    return Command{info->name, info->minArguments, info->maxArguments};
}

QString CommandLineOptions::helpText(const QString &command)
{
    QString text;
    const auto optionLine = [](const QString &names, const QString &description) {
        return QStringLiteral("  %1%2\n").arg(names, -24).arg(description);
    };
    const QString commonOptions =
        optionLine(QStringLiteral("--catalog FILE"), tr("Also load a catalog file (repeatable).")) +
        optionLine(QStringLiteral("--lang CODE"), tr("Language: en, de, es or fr (default: the")) +
        optionLine(QString(), tr("system's; in the window, the last one chosen).")) +
        optionLine(QStringLiteral("--verbose"), tr("Print debug messages to stderr.")) +
        optionLine(QStringLiteral("-h, --help"), tr("Show this help.")) +
        optionLine(QStringLiteral("-v, --version"), tr("Show the version."));
    if (const auto info = CommandTable::find(command)) {
        text += tr("Usage: rolelens %1 [options]").arg(info->synopsis) + QStringLiteral("\n\n");
        text += textwrap::wrapped(info->summary, QString()) + QLatin1Char('\n') + tr("Options:") +
                QLatin1Char('\n');
        text += optionLine(QStringLiteral("--format FORMAT"),
                           tr("text (default), json, markdown, html or csv."));
        text += commonOptions;
        return text;
    }
    text += tr("Usage: rolelens [options] [command] [arguments]") + QStringLiteral("\n\n");
    text += textwrap::wrapped(tr("RoleLens explains what social media and adjacent roles are for, "
                                 "how they are judged, and what they do not do. Without a "
                                 "command, the window starts."),
                              QString()) +
            QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const auto &info : CommandTable::all()) {
        text += QStringLiteral("  %1  %2\n").arg(info.synopsis, -32).arg(info.brief);
    }
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') +
            optionLine(QStringLiteral("--format FORMAT"),
                       tr("With a command: text (default), json, markdown,")) +
            optionLine(QString(), tr("html or csv (its tables, for a spreadsheet).")) +
            commonOptions;
    text += QLatin1Char('\n') + tr("Window options:") + QLatin1Char('\n') +
            optionLine(QStringLiteral("FILE ..."),
                       tr("Open scenario (.rolelens.json) or catalog files.")) +
            optionLine(QStringLiteral("--palette light|dark"),
                       tr("Use this palette, not the system's.")) +
            optionLine(QStringLiteral("--font-size POINTS"),
                       tr("Use a font of this size, not the system's.")) +
            optionLine(QStringLiteral("--screenshot FILE"),
                       tr("Render the window to a PNG and exit.")) +
            optionLine(QStringLiteral("--view VIEW"),
                       tr("With --screenshot: browse|compare|metrics|")) +
            optionLine(QString(), tr("results|advisor|map")) +
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
