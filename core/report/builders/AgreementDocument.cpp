#include "report/builders/AgreementDocument.h"

#include "report/builders/AdviceDocument.h"
#include "report/builders/RoleSections.h"

namespace rolelens {

using blocks::Heading;
using blocks::Paragraph;

QString AgreementDocument::titleOf(const Catalog &catalog, const Advice &advice)
{
    const QString role = catalog.roleTitle(advice.judgedRoleId);
    return role.isEmpty() ? tr("Expectations agreement")
                          : tr("Expectations agreement: %1").arg(role);
}

Document AgreementDocument::build(const Catalog &catalog, const Scenario &scenario,
                                  const Advice &advice)
{
    const QString title = titleOf(catalog, advice);
    Document document(title);
    QStringList subtitles;
    if (!scenario.businessName.isEmpty()) {
        subtitles.append(
            tr("%1 · %2").arg(scenario.businessName, Scenario::sizeLabel(scenario.size)));
    }
    subtitles.append(tr("What the hire is for, what to judge it by and what it does not do: "
                        "for the owner and the hire to agree on, and sign."));
    document.add(blocks::Title{title, subtitles, tr("Expectations agreement")});
    AdviceDocument::addGuidance(document, catalog, Guidance::Document::Agreement);
    AdviceDocument::addPlan(document, catalog, advice);
    const Role *role = catalog.role(advice.judgedRoleId);
    if (role) {
        addRole(document, *role);
        AdviceDocument::addTargets(document, catalog, advice, AdviceDocument::Reader::BothParties);
        document.add(Heading{tr("What this role does not do, and who does")});
        document.add(RoleSections::exclusionsOrNone(catalog, *role));
    } else {
        document.add(Paragraph(tr("No role is considered and none fits the goals and tasks given: "
                                  "add goals or tasks, or name the role you are considering.")));
    }
    AdviceDocument::addFindings(document, catalog, advice);
    document.add(Heading{tr("Agreed")});
    document.add(blocks::Signatures{{tr("Owner"), tr("Hire")}});
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

void AgreementDocument::addRole(Document &document, const Role &role)
{
    document.add(Heading{tr("The role and its purpose")});
    document.add(Paragraph(role.summary, role.summarySources));
    const DimensionValue &horizon = role.dimension(Dimension::TimeHorizon);
    document.add(Paragraph(tr("Time horizon: %1").arg(horizon.text), horizon.sources));
}

} // namespace rolelens
