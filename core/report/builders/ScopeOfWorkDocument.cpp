#include "report/builders/ScopeOfWorkDocument.h"

#include "i18n/Punctuation.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/AgreementDocument.h"
#include "report/builders/DocumentOpening.h"
#include "report/builders/RoleSections.h"

namespace rolelens {

using blocks::BulletList;
using blocks::Heading;
using blocks::Paragraph;
using blocks::Span;

Document ScopeOfWorkDocument::build(const Catalog &catalog, const Scenario &scenario,
                                    const Advice &advice, const QDate &issued)
{
    DocumentOpening::Opened opened = DocumentOpening::open(
        catalog, scenario, advice, tr("Scope of work"), tr("Scope of work: %1"),
        {tr("Annex to the contract: what is in scope, what is not and who does it, and how the "
            "work is judged and when.")});
    Document &document = opened.document;
    if (!opened.role) {
        return document;
    }
    const Role *role = opened.role;
    AdviceDocument::addGuidance(document, catalog, Guidance::Document::Agreement);
    addInScope(document, catalog, *role, advice);
    document.add(Heading{tr("Out of scope, and who does it instead")});
    const BulletList out = RoleSections::notPartOf(catalog, *role, advice);
    if (out.items.isEmpty()) {
        document.add(Paragraph(tr("The catalog lists nothing this role does not do.")));
    } else {
        document.add(out);
    }
    AdviceDocument::addTargets(document, catalog, advice, AdviceDocument::Reader::BothParties);
    AgreementDocument::addReviews(document, issued);
    document.add(Heading{tr("Agreed")});
    document.add(DocumentOpening::parties(scenario));
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

void ScopeOfWorkDocument::addInScope(Document &document, const Catalog &catalog, const Role &role,
                                     const Advice &advice)
{
    document.add(Heading{tr("In scope")});
    // The owner's own words first, where the plan gives them to this role.
    for (const auto &assignment : advice.plan.assignments) {
        if (assignment.roleId != role.id) {
            continue;
        }
        const QStringList asked = catalog.goalAndTaskLabels(assignment.goals, assignment.tasks);
        if (!asked.isEmpty()) {
            document.add(Paragraph(
                {{Span::Kind::Strong, tr("What the owner engages the hire for:"), {}},
                 {Span::Kind::Plain, QLatin1Char(' ') + Punctuation::semicolons(asked), {}}},
                assignment.sources));
        }
    }
    BulletList work;
    for (const auto &responsibility : role.responsibilities) {
        work.items.append({RoleSections::named(responsibility.name, responsibility.description,
                                               responsibility.sources),
                           {}});
    }
    document.add(work);
}

} // namespace rolelens
