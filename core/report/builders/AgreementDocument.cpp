#include "report/builders/AgreementDocument.h"

#include "advisor/Targets.h"
#include "i18n/Punctuation.h"
#include "report/Figures.h"
#include "report/builders/AdviceDocument.h"
#include "report/builders/DocumentOpening.h"
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
    return build(catalog, scenario, advice, QDate::currentDate());
}

QStringList AgreementDocument::terms(const Catalog &catalog, const Advice &advice)
{
    QStringList terms;
    for (const auto &assignment : advice.plan.assignments) {
        terms.append(
            Punctuation::labelled(HiringPlan::engagementLabel(assignment.engagement),
                                  tr("%1, for %2")
                                      .arg(catalog.roleTitle(assignment.roleId),
                                           Punctuation::semicolons(catalog.goalAndTaskLabels(
                                               assignment.goals, assignment.tasks)))));
    }
    for (const auto &target : advice.realisticTargets) {
        QStringList horizons{Targets::horizons(target)};
        const QString owner = Targets::ownerTarget(target);
        if (!owner.isEmpty()) {
            horizons.append(tr("owner's target: %1").arg(owner));
        }
        terms.append(Punctuation::labelled(catalog.metricName(target.metricId),
                                           Punctuation::semicolons(horizons)));
    }
    for (const auto &finding : advice.findings) {
        terms.append(
            Punctuation::labelled(Advice::severityLabel(finding.severity), finding.message));
    }
    return terms;
}

Scenario::IssuedAgreement AgreementDocument::issue(const Catalog &catalog, const Scenario &scenario,
                                                   const Advice &advice, const QDate &today)
{
    const QStringList agreed = terms(catalog, advice);
    const auto &last = scenario.issuedAgreement;
    if (last && last->terms == agreed) {
        return *last; // the same agreement, issued again
    }
    return {last ? last->version + 1 : 1, today, agreed};
}

Document AgreementDocument::build(const Catalog &catalog, const Scenario &scenario,
                                  const Advice &advice, const QDate &today)
{
    const Scenario::IssuedAgreement issued = issue(catalog, scenario, advice, today);
    const QString title = titleOf(catalog, advice);
    Document document(title);
    QStringList subtitles;
    if (!scenario.businessName.isEmpty()) {
        subtitles.append(
            tr("%1 · %2").arg(scenario.businessName, Scenario::sizeLabel(scenario.size)));
    }
    subtitles.append(
        tr("Version %1, issued on %2").arg(issued.version).arg(Figures::date(issued.issued)));
    subtitles.append(tr("What the hire is for, what to judge it by and what it does not do: "
                        "for the owner and the hire to agree on, and sign."));
    document.add(blocks::Title{title, subtitles, tr("Expectations agreement")});
    if (scenario.issuedAgreement && issued.version > scenario.issuedAgreement->version) {
        addChanges(document, *scenario.issuedAgreement, issued);
    }
    AdviceDocument::addGuidance(document, catalog, Guidance::Document::Agreement);
    // What is agreed comes first: the plan, the targets and what to look out for; the role's
    // description, which they rest on, follows.
    AdviceDocument::addPlan(document, catalog, advice);
    const Role *role = catalog.role(advice.judgedRoleId);
    if (!role) {
        document.add(DocumentOpening::noRole());
    }
    AdviceDocument::addTargets(document, catalog, advice, AdviceDocument::Reader::BothParties);
    AdviceDocument::addFindings(document, catalog, advice);
    if (role) {
        addRole(document, *role);
        document.add(Heading{tr("What this role does not do, and who does")});
        document.add(RoleSections::exclusionsOrNone(catalog, *role));
    }
    addReviews(document, issued.issued);
    document.add(Heading{tr("Agreed")});
    document.add(DocumentOpening::parties(scenario));
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

void AgreementDocument::addChanges(Document &document, const Scenario::IssuedAgreement &previous,
                                   const Scenario::IssuedAgreement &issued)
{
    document.add(Heading{tr("Changes since version %1 of %2")
                             .arg(previous.version)
                             .arg(Figures::date(previous.issued))});
    blocks::BulletList changes;
    for (const auto &term : issued.terms) {
        if (!previous.terms.contains(term)) {
            changes.items.append(
                {Paragraph({{blocks::Span::Kind::Strong, tr("New:"), {}},
                            {blocks::Span::Kind::Plain, QLatin1Char(' ') + term, {}}}),
                 {}});
        }
    }
    for (const auto &term : previous.terms) {
        if (!issued.terms.contains(term)) {
            changes.items.append(
                {Paragraph({{blocks::Span::Kind::Strong, tr("No longer:"), {}},
                            {blocks::Span::Kind::Plain, QLatin1Char(' ') + term, {}}}),
                 {}});
        }
    }
    document.add(changes);
}

void AgreementDocument::addReviews(Document &document, const QDate &issued)
{
    document.add(Heading{tr("Reviews")});
    QStringList dates;
    for (const int months : Targets::kHorizons) {
        dates.append(
            tr("%1 (%2)").arg(Figures::months(months), Figures::date(issued.addMonths(months))));
    }
    document.add(Paragraph(tr("Issued on %1. The owner and the hire review the targets above "
                              "together at %2, counted from the issue date; the first review "
                              "is on %3.")
                               .arg(Figures::date(issued), dates.join(QStringLiteral(", ")),
                                    Figures::date(issued.addMonths(Targets::kHorizons[0])))));
}

void AgreementDocument::addRole(Document &document, const Role &role)
{
    document.add(Heading{tr("The role and its purpose")});
    document.add(Paragraph(role.summary, role.summarySources));
    const DimensionValue &horizon = role.dimension(Dimension::TimeHorizon);
    document.add(Paragraph(tr("Time horizon: %1").arg(horizon.text), horizon.sources));
}

} // namespace rolelens
