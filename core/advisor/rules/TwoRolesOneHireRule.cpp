#include "advisor/rules/TwoRolesOneHireRule.h"

namespace rolelens {
namespace {

const QString kOnePersonTwoRoles = QStringLiteral("one-person-two-roles");

} // namespace

void TwoRolesOneHireRule::check(const RuleContext &context, QList<Advice::Finding> &findings)
{
    const Scenario &scenario = context.scenario;
    if (scenario.oneHireCovers.size() < 2) {
        return;
    }
    QStringList titles;
    for (const auto &id : scenario.oneHireCovers) {
        titles.append(context.catalog.roleTitle(id).toLower());
    }
    const bool smallBusiness = scenario.size == Scenario::BusinessSize::Solo ||
                               scenario.size == Scenario::BusinessSize::Small;
    Advice::Finding finding;
    finding.id = QStringLiteral("two-roles-one-hire");
    finding.severity = smallBusiness ? Advice::Severity::Info : Advice::Severity::Warning;
    finding.subject = scenario.oneHireCovers.join(QLatin1Char('+'));
    finding.message = tr("One hire is expected to be %1: the catalog keeps these roles apart.")
                          .arg(titles.join(tr(" and ")));
    finding.explanation =
        smallBusiness
            ? tr("In a small business one person may do both, the articles say, but each "
                 "role's work still takes its own time; one article warns that such 2-in-1 "
                 "jobs often come with a lower than acceptable salary.")
            : tr("In a business of this size the articles expect separate people: one "
                 "article warns that looking for a 2-in-1 professional usually comes with a "
                 "lower than acceptable salary.");
    finding.suggestion =
        smallBusiness
            ? tr("If one person does both, budget the hours and pay for both, and judge each "
                 "role by its own measures.")
            : tr("Hire for each role, or pick the one that matters most now and contract the "
                 "other.");
    // Both sides of the catalog's disagreement on whether one person can fill two roles.
    for (const auto &disagreement : context.catalog.disagreements()) {
        if (disagreement.id == kOnePersonTwoRoles) {
            for (const auto &position : disagreement.positions) {
                RoleLookups::appendUnique(finding.sources, position.sources);
            }
        }
    }
    for (const auto &id : scenario.oneHireCovers) {
        RoleLookups::appendUnique(finding.sources,
                                  context.catalog.role(id)->dimension(Dimension::Purpose).sources);
    }
    findings.append(finding);
}

} // namespace rolelens
