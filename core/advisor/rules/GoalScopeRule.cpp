#include "advisor/rules/GoalScopeRule.h"

#include "i18n/InSentence.h"

#include <algorithm>

namespace rolelens {

void GoalScopeRule::check(const RuleContext &context, const Role &role,
                          QList<Advice::Finding> &findings)
{
    const Scenario &scenario = context.scenario;
    for (const auto &id : scenario.goals) {
        const Goal *goal = context.catalog.goal(id);
        // Timing mismatches have findings of their own.
        if (RoleLookups::serves(role, *goal) || RoleLookups::horizonMismatch(role, *goal)) {
            continue;
        }
        Advice::Finding finding;
        finding.id = QStringLiteral("goal-out-of-scope");
        finding.severity = Advice::Severity::Warning;
        finding.subject = goal->id;
        const auto others = context.lookups.servers(*goal);
        finding.sources = others->sources;
        // A goal the role is judged by, only not mainly, is a note, not a warning: the
        // articles still name the measure for the role.
        Citations secondary;
        for (const auto &metric : goal->metrics) {
            if (const MetricUse *use = role.metricUse(metric)) {
                appendUnique(secondary, use->basis);
            }
        }
        if (!secondary.isEmpty()) {
            finding.severity = Advice::Severity::Info;
            finding.message = tr("\"%1\" is among what the %2 is judged by, but not mainly.")
                                  .arg(goal->label, InSentence::label(role.title));
            appendUnique(finding.sources, secondary);
        } else {
            finding.message = tr("\"%1\" is not what the %2 is for.")
                                  .arg(goal->label, InSentence::label(role.title));
        }
        finding.explanation = role.dimension(Dimension::Purpose).text;
        appendUnique(finding.sources, role.dimension(Dimension::Purpose).sources);
        // A large catalog has thousands of roles for a goal: a sentence names a few.
        const qsizetype named = std::min(others->titles.size(), kMaxNamedRoles);
        // "the" before each title: "a" or "an" depends on the title's sound.
        //: Between role titles: "the X or the Y"; German: “ oder zur Rolle „ (quoted titles)
        const QString list = others->titles.first(named).join(tr(" or the "));
        if (others->titles.isEmpty()) {
            finding.suggestion =
                tr("No role in the catalog is mainly judged by it; agree how it will be "
                   "measured.");
        } else if (named == others->titles.size()) {
            finding.suggestion = tr("This goal belongs to the %1.").arg(list);
        } else if (others->titles.size() - named == 1) {
            finding.suggestion =
                tr("This goal belongs to the %1, or to one other role in the catalog.").arg(list);
        } else {
            finding.suggestion =
                tr("This goal belongs to the %1, or to one of %2 other roles in the catalog.")
                    .arg(list)
                    .arg(others->titles.size() - named);
        }
        findings.append(finding);
    }
}

} // namespace rolelens
