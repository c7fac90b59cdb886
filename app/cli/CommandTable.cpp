#include "cli/CommandTable.h"

#include "cli/CommandLineOptions.h"
#include "compare/Comparison.h"
#include "report/builders/HiringDocuments.h"

namespace rolelens {

namespace {

// "job-post, scorecard, ...": the document kinds as typed, in the order an owner needs them.
QString documentKinds()
{
    QStringList kinds;
    for (const auto kind : HiringDocuments::all()) {
        kinds.append(HiringDocuments::kinds().key(kind));
    }
    return kinds.join(QStringLiteral(", "));
}

} // namespace

QList<CommandTable::Info> CommandTable::all()
{
    // compare's synopsis and texts spell its limits out, as do their translations: new limits
    // need new wording.
    static_assert(Comparison::kMinRoles == 2 && Comparison::kMaxRoles == 4);
    return {
        {CommandLineOptions::kList, QStringLiteral("list"), tr("list the roles"),
         tr("List the roles in the catalog, by category."), 0, 0},
        {CommandLineOptions::kShow, QStringLiteral("show ROLE"), tr("one role's profile"),
         tr("Show one role's profile: its purpose, every comparison dimension, "
            "responsibilities, skills, success metrics, what it does not do, misconceptions, "
            "and the sources of each statement. ROLE is an id or an alias (e.g. SMM)."),
         1, 1},
        {CommandLineOptions::kCompare, QStringLiteral("compare ROLE ROLE [ROLE [ROLE]]"),
         tr("2 to 4 roles side by side"),
         tr("Compare 2 to 4 roles side by side, dimension by dimension, with the metrics, "
            "responsibilities and skills they share and those unique to each."),
         Comparison::kMinRoles, Comparison::kMaxRoles},
        {CommandLineOptions::kAdvise, QStringLiteral("advise FILE"),
         tr("advice on a hiring scenario"),
         tr("Read a scenario file (what a business owner wants from a hire; see "
            "docs/scenario-format.md) and print the roles that fit, each unrealistic "
            "expectation with its reason and sources, and realistic targets to judge the hire "
            "by. With --pdf, write the expectations agreement instead; with --format csv, the "
            "table of realistic targets alone. Exits with 3 when the scenario is invalid."),
         1, 1},
        {CommandLineOptions::kDocument, QStringLiteral("document KIND ROLE|FILE"),
         tr("a document to hire with"),
         tr("Write one of the documents an owner takes from the decision to the signature, "
            "for a role or for the role a scenario file's advice is about: %1. Every line "
            "is a catalog statement with its sources; with --pdf, a printable sheet.")
             .arg(documentKinds()),
         2, 2},
        {CommandLineOptions::kFit, QStringLiteral("fit SKILL[=some|strong] ... [--prefer WORK]"),
         tr("which role fits your skills"),
         tr("For students: rank the roles by how many of the skills the catalog lists for each "
            "you have, and by the kinds of work you prefer. Name each skill you have by its id, "
            "strong unless followed by =some (e.g. 'rolelens fit writing empathy=some "
            "--prefer content,people'); a wrong id lists them all. A reading of the catalog, "
            "not a test of aptitude."),
         0, 1000},
        {CommandLineOptions::kMap, QStringLiteral("map --svg FILE | --pdf FILE"),
         tr("the role map, as SVG or PDF"),
         tr("Draw how the catalog's roles relate: who supervises whom (with what the catalog "
            "says of each line), who does the work a role does not, and where the articles "
            "disagree. --svg FILE writes an SVG drawing, --pdf FILE a one-page PDF (--paper a4 "
            "or letter); both may be given. Extra roles from --catalog are on the map."),
         0, 0},
    };
}

std::optional<CommandTable::Info> CommandTable::find(const QString &name)
{
    for (const auto &info : all()) {
        if (info.name == name) {
            return info;
        }
    }
    return std::nullopt;
}

} // namespace rolelens
