#include "advisor/rules/TwoRolesOneHireRule.h"

#include "i18n/InSentence.h"
#include "report/Figures.h"

#include <utility>

namespace rolelens {
namespace {

const QString kOnePersonTwoRoles = QStringLiteral("one-person-two-roles");

bool samePair(const QStringList &roleIds, const QString &a, const QString &b)
{
    return roleIds.size() == 2 && roleIds.contains(a) && roleIds.contains(b);
}

// The citations of either role's exclusions that hand work to the other.
Citations separateWork(const Catalog &catalog, const QString &a, const QString &b)
{
    Citations citations;
    for (const auto &[from, to] : {std::pair{a, b}, std::pair{b, a}}) {
        for (const auto &exclusion : catalog.role(from)->notResponsibleFor) {
            if (exclusion.handledBy == to) {
                appendUnique(citations, exclusion.sources);
            }
        }
    }
    return citations;
}

} // namespace

void TwoRolesOneHireRule::check(const RuleContext &context, QList<Advice::Finding> &findings)
{
    const Scenario &scenario = context.scenario;
    const QStringList &covered = scenario.oneHireCovers;
    if (covered.size() < 2) {
        return;
    }
    const Catalog &catalog = context.catalog;
    const Disagreement *question = nullptr;
    for (const auto &disagreement : catalog.disagreements()) {
        if (disagreement.id == kOnePersonTwoRoles) {
            question = &disagreement;
        }
    }
    QStringList titles;
    for (const auto &id : covered) {
        titles.append(InSentence::label(catalog.roleTitle(id)));
    }
    Advice::Finding finding;
    finding.id = QStringLiteral("two-roles-one-hire");
    finding.subject = covered.join(QLatin1Char('+'));
    finding.message =
        covered.size() == 2
            ? InSentence::conjunctions(
                  tr("One hire is expected to be both %1 and %2: the catalog keeps these roles "
                     "apart.")
                      .arg(titles.at(0), titles.at(1)))
            : tr("One hire is expected to fill %1 roles (%2): the catalog keeps these roles apart.")
                  .arg(covered.size())
                  .arg(titles.join(QStringLiteral(", ")));

    // What the articles say of each pair, in their own hedges; the pairs they never discuss
    // are said to be undiscussed, not settled either way.
    QStringList said;
    QStringList undiscussed;
    bool warned = false;
    bool allPossible = true;
    for (qsizetype i = 0; i < covered.size(); ++i) {
        for (qsizetype j = i + 1; j < covered.size(); ++j) {
            const Disagreement::Position *position = nullptr;
            if (question) {
                for (const auto &candidate : question->positions) {
                    if (samePair(candidate.roleIds, covered.at(i), covered.at(j))) {
                        position = &candidate;
                    }
                }
            }
            if (!position || position->oneHire == Disagreement::OneHire::Unsaid) {
                allPossible = false;
                // Where an article puts one role's work outside the other's, its words say
                // more than "not discussed".
                const Citations apart = separateWork(catalog, covered.at(i), covered.at(j));
                const QString words = RoleLookups::quoted(apart);
                if (words.isEmpty()) {
                    undiscussed.append(
                        InSentence::conjunctions(tr("%1 and %2").arg(titles.at(i), titles.at(j))));
                } else {
                    said.append(tr("The articles keep the %1's and the %2's work apart: %3")
                                    .arg(titles.at(i), titles.at(j), words));
                    appendUnique(finding.sources, apart);
                }
                continue;
            }
            said.append(position->view);
            warned = warned || position->oneHire == Disagreement::OneHire::WarnedAgainst;
            allPossible = allPossible && position->oneHire == Disagreement::OneHire::Possible;
            appendUnique(finding.sources, position->sources);
        }
    }
    if (!undiscussed.isEmpty()) {
        said.append(tr("The articles do not discuss one person doing the work of both the %1; "
                       "the catalog describes them as separate roles (general practice).")
                        .arg(undiscussed.join(tr(", nor of both the "))));
        appendUnique(finding.sources, RoleLookups::generalPractice(catalog));
    }
    finding.explanation = said.join(QLatin1Char(' '));

    const bool smallBusiness = scenario.size == Scenario::BusinessSize::Solo ||
                               scenario.size == Scenario::BusinessSize::Small;
    // A note only where an article says one person may do it, and only for a small business,
    // as that article does; a warning whenever an article warns against it, at every size.
    finding.severity = covered.size() == 2 && allPossible && smallBusiness && !warned
                           ? Advice::Severity::Info
                           : Advice::Severity::Warning;
    QString suggestion =
        finding.severity == Advice::Severity::Info
            ? tr("If one person does both, budget the hours and pay for both, and judge each "
                 "role by its own measures.")
            : tr("Hire for the role that matters most now, and hire or contract the other "
                 "roles' work separately, or leave it out.");
    if (scenario.budget && scenario.budget->monthlySalary) {
        const double salary = *scenario.budget->monthlySalary;
        const QString &currency = scenario.budget->currency;
        suggestion +=
            QLatin1Char(' ') +
            tr("The monthly salary you entered, %1, comes to %2 for each of the %3 roles.")
                .arg(Figures::money(salary, currency),
                     Figures::money(salary / static_cast<double>(covered.size()), currency))
                .arg(covered.size());
    }
    finding.suggestion = suggestion;
    for (const auto &id : covered) {
        appendUnique(finding.sources, catalog.role(id)->dimension(Dimension::Purpose).sources);
    }
    findings.append(finding);
}

} // namespace rolelens
