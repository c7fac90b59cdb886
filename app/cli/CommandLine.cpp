#include "cli/CommandLine.h"

#include "advisor/Advisor.h"
#include "base/Logging.h"
#include "catalog/CatalogLoader.h"
#include "cli/CommandLineOptions.h"
#include "cli/ExitCode.h"
#include "cli/ReportWriter.h"
#include "compare/Comparison.h"
#include "diagram/MapExport.h"
#include "diagram/MapScene.h"
#include "fit/SelfCheck.h"
#include "i18n/Languages.h"
#include "report/builders/HiringDocuments.h"
#include "report/builders/SelfCheckDocument.h"
#include "scenario/ScenarioFile.h"
#include "sheet/PdfExport.h"
#include "sheet/SheetContent.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rolelens {
Result<Catalog> CommandLine::loadCatalog(const QStringList &extraFiles)
{
    return CatalogLoader::load(extraFiles, Languages::current());
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CommandLine::usageError(const QString &message)
{
    m_err << QStringLiteral("rolelens: ") << message << QLatin1Char('\n')
          << tr("Try 'rolelens --help'.") << QLatin1Char('\n');
    m_err.flush();
    return ExitUsage;
}

std::optional<Invocation> CommandLine::parse(const QStringList &arguments)
{
    QString error;
    auto invocation = CommandLineOptions::parse(arguments, &error);
    if (!invocation) {
        usageError(error);
    }
    return invocation;
}

bool CommandLine::wantsWindow(const QStringList &arguments)
{
    return CommandLineOptions::wantsWindow(arguments);
}

bool CommandLine::needsGui(const QStringList &arguments)
{
    return CommandLineOptions::needsGui(arguments);
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
        m_out << CommandLineOptions::helpText(invocation.command);
        m_out.flush();
        return ExitOk;
    }
    if (invocation.version) {
        m_out << QStringLiteral("rolelens %1\n").arg(QCoreApplication::applicationVersion());
        m_out.flush();
        return ExitOk;
    }
    const auto info = CommandLineOptions::command(invocation.command);
    if (!info) {
        return usageError(tr("no command given"));
    }
    const auto count = invocation.arguments.size();
    // The message spells the limits out, as do its translations: new limits need new wording.
    static_assert(Comparison::kMinRoles == 2 && Comparison::kMaxRoles == 4);
    if (invocation.command == CommandLineOptions::kCompare &&
        (count < info->minArguments || count > info->maxArguments)) {
        return usageError(tr("compare takes 2 to 4 roles, %1 given").arg(count));
    }
    if (invocation.command == CommandLineOptions::kAdvise && count != 1) {
        return usageError(tr("advise takes one scenario file, %1 given").arg(count));
    }
    if (invocation.command == CommandLineOptions::kDocument && count != 2) {
        return usageError(
            tr("document takes a kind and a role or scenario file, e.g. 'rolelens document "
               "job-post social-media-manager'; %1 given")
                .arg(count));
    }
    if (invocation.command == CommandLineOptions::kFit && count == 0 &&
        invocation.preferences.isEmpty()) {
        return usageError(tr("fit takes the skills you have or the work you prefer, e.g. "
                             "'rolelens fit writing empathy=some --prefer content'"));
    }
    if (invocation.command == CommandLineOptions::kMap && invocation.svg.isEmpty() &&
        invocation.pdf.isEmpty()) {
        return usageError(tr("map draws the role map into a file: give --svg FILE, --pdf FILE or "
                             "both"));
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
    if (invocation.command == CommandLineOptions::kList) {
        return runList(catalog.value(), invocation);
    }
    if (invocation.command == CommandLineOptions::kShow) {
        return runShow(catalog.value(), invocation);
    }
    if (invocation.command == CommandLineOptions::kAdvise) {
        return runAdvise(catalog.value(), invocation);
    }
    if (invocation.command == CommandLineOptions::kDocument) {
        return runDocument(catalog.value(), invocation);
    }
    if (invocation.command == CommandLineOptions::kFit) {
        return runFit(catalog.value(), invocation);
    }
    if (invocation.command == CommandLineOptions::kMap) {
        return runMap(catalog.value(), invocation);
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
        return writeSheet(invocation,
                          SheetContent::comparisonDocument(catalog, comparison.value(),
                                                           RoleCurve::fromCatalog(catalog, ids)));
    }
    m_out << ReportWriter::forFormat(invocation.format)->compare(catalog, comparison.value());
    m_out.flush();
    return ExitOk;
}

std::optional<Scenario> CommandLine::loadScenario(const Catalog &catalog, const QString &path)
{
    const Result<Scenario> scenario = ScenarioFile::load(path, catalog);
    if (!scenario) {
        m_err << tr("rolelens: the scenario is invalid; problems found: %1")
                     .arg(scenario.errors().size())
              << QLatin1Char('\n');
        for (const auto &error : scenario.errors()) {
            m_err << QStringLiteral("  ") << error.toString() << QLatin1Char('\n');
        }
        m_err.flush();
        return std::nullopt;
    }
    return scenario.value();
}

int CommandLine::runDocument(const Catalog &catalog, const Invocation &invocation)
{
    const QString &name = invocation.arguments.at(0);
    const auto kind = HiringDocuments::kinds().fromKey(name);
    if (!kind) {
        QStringList known;
        for (const auto each : HiringDocuments::all()) {
            known.append(HiringDocuments::kinds().key(each));
        }
        return usageError(tr("unknown document \"%1\"; the documents are: %2")
                              .arg(name, known.join(QStringLiteral(", "))));
    }
    // A file (a scenario) where one is named, else a role: the document is the role's alone.
    const QString &target = invocation.arguments.at(1);
    Scenario scenario;
    if (QFileInfo::exists(target) || target.endsWith(QLatin1String(".json"))) {
        const auto loaded = loadScenario(catalog, target);
        if (!loaded) {
            return ExitInvalidData;
        }
        scenario = *loaded;
    } else {
        const auto id = resolveRole(catalog, target);
        if (!id) {
            return ExitUsage;
        }
        scenario.considering = *id;
    }
    const Advice advice = Advisor(catalog).advise(scenario);
    const Document document = HiringDocuments::build(*kind, catalog, scenario, advice);
    if (!invocation.pdf.isEmpty()) {
        return writeSheet(invocation, SheetContent::of(document, catalog,
                                                       catalog.roleTitle(advice.judgedRoleId)));
    }
    return print(ReportWriter::forFormat(invocation.format)->document(catalog, document),
                 tr("the document \"%1\" has no table to write as CSV").arg(document.title()));
}

int CommandLine::runFit(const Catalog &catalog, const Invocation &invocation)
{
    QStringList known;
    for (const Skill &skill : SelfCheck::skillsToRate(catalog)) {
        known.append(skill.id);
    }
    SelfCheckAnswers answers;
    for (const QString &argument : invocation.arguments) {
        const QString id = argument.section(QLatin1Char('='), 0, 0);
        const QString level = argument.section(QLatin1Char('='), 1);
        if (!known.contains(id)) {
            return usageError(tr("unknown skill \"%1\"; the skills are: %2")
                                  .arg(id, known.join(QStringLiteral(", "))));
        }
        // A skill named alone counts as strong.
        const auto rated = level.isEmpty() ? SkillLevel::Strong : skillLevelKeys().fromKey(level);
        if (!rated) {
            return usageError(
                tr("\"%1\": a skill is rated some or strong, not \"%2\"").arg(id, level));
        }
        answers.skills.insert(id, *rated);
    }
    for (const QString &sideId : invocation.preferences) {
        const WorkKind *kind = catalog.workKindWithSide(sideId);
        if (!kind) {
            QStringList sides;
            for (const WorkKind &each : catalog.workKinds()) {
                for (const WorkKind::Side &side : each.sides) {
                    sides.append(side.id);
                }
            }
            return usageError(tr("unknown kind of work \"%1\"; the kinds are: %2")
                                  .arg(sideId, sides.join(QStringLiteral(", "))));
        }
        const QString earlier = answers.preferences.value(kind->id);
        if (!earlier.isEmpty() && earlier != sideId) {
            return usageError(tr("\"%1\" and \"%2\" are the two sides of one choice; prefer "
                                 "one of them")
                                  .arg(earlier, sideId));
        }
        answers.preferences.insert(kind->id, sideId);
    }
    const Document document = SelfCheckDocument::build(catalog, answers);
    if (!invocation.pdf.isEmpty()) {
        return writeSheet(invocation, SheetContent::of(document, catalog, QString()));
    }
    return print(ReportWriter::forFormat(invocation.format)->document(catalog, document),
                 QString());
}

int CommandLine::runMap(const Catalog &catalog, const Invocation &invocation)
{
    if (const QString tooMany = MapScene::tooManyRoles(catalog.roles().size());
        !tooMany.isEmpty()) {
        return usageError(tooMany);
    }
    if (!invocation.svg.isEmpty()) {
        if (const QString error = MapExport::writeSvg(invocation.svg, catalog); !error.isEmpty()) {
            m_err << QStringLiteral("rolelens: ") << error << QLatin1Char('\n');
            m_err.flush();
            return ExitWriteFailed;
        }
        m_out << tr("Wrote %1 (SVG).").arg(invocation.svg) << QLatin1Char('\n');
        m_out.flush();
    }
    if (invocation.pdf.isEmpty()) {
        return ExitOk;
    }
    const PdfExport::Paper paper = invocation.paper.isEmpty()
                                       ? PdfExport::defaultPaper()
                                       : *PdfExport::paperFromName(invocation.paper);
    return reportWritten(invocation, paper, 1, MapExport::writePdf(invocation.pdf, catalog, paper));
}

int CommandLine::runAdvise(const Catalog &catalog, const Invocation &invocation)
{
    const auto scenario = loadScenario(catalog, invocation.arguments.first());
    if (!scenario) {
        return ExitInvalidData;
    }
    const Advice advice = Advisor(catalog).advise(*scenario);
    if (!invocation.pdf.isEmpty()) {
        return writeSheet(invocation, SheetContent::agreementDocument(catalog, *scenario, advice));
    }
    return print(ReportWriter::forFormat(invocation.format)->advise(catalog, advice),
                 tr("the advice on %1 judges no role, so it has no targets to write as CSV")
                     .arg(invocation.arguments.first()));
}

int CommandLine::print(const QString &output, const QString &nothingToShow)
{
    // Only CSV, which holds tables alone, has nothing to show of an output without one.
    if (output.isEmpty()) {
        return usageError(nothingToShow);
    }
    m_out << output;
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
    return reportWritten(invocation, paper, pages, error);
}

int CommandLine::reportWritten(const Invocation &invocation, PdfExport::Paper paper, int pages,
                               const QString &error)
{
    if (!error.isEmpty()) {
        m_err << QStringLiteral("rolelens: ") << error << QLatin1Char('\n');
        m_err.flush();
        return ExitWriteFailed;
    }
    m_out << tr("Wrote %1 (%n page(s), %2).", nullptr, pages)
                 .arg(invocation.pdf)
                 .arg(paper == PdfExport::Paper::Letter ? QStringLiteral("Letter")
                                                        : QStringLiteral("A4"))
          << QLatin1Char('\n');
    m_out.flush();
    return ExitOk;
}

} // namespace rolelens
