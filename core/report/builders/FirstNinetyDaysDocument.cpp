#include "report/builders/FirstNinetyDaysDocument.h"

#include "advisor/RoleLookups.h"
#include "advisor/Targets.h"
#include "i18n/InSentence.h"
#include "i18n/Punctuation.h"
#include "report/Figures.h"
#include "report/builders/DocumentOpening.h"

namespace rolelens {

using blocks::BulletList;
using blocks::Heading;
using blocks::Note;
using blocks::Paragraph;
using blocks::Span;

namespace {

constexpr double kDaysPerWeek = 7.0;
constexpr int kMidReviewDays = 60;
constexpr int kLastReviewDays = 90;
// Day 90 is the first horizon the targets give a figure for.
constexpr int kLastReviewMonths = Targets::kHorizons[0];
static_assert(kLastReviewMonths == 3, "day 90 reads the 3-month target");

// "Metric: text", the metric named as a link, with the statement's sources.
Paragraph metricLine(const Catalog &catalog, const QString &metricId, const QString &text,
                     const Citations &sources)
{
    return Paragraph({{Span::Kind::MetricLink, catalog.metricName(metricId), metricId},
                      {Span::Kind::Plain, Punctuation::colon() + text, {}}},
                     sources);
}

} // namespace

Document FirstNinetyDaysDocument::build(const Catalog &catalog, const Scenario &scenario,
                                        const Advice &advice)
{
    DocumentOpening::Opened opened = DocumentOpening::open(
        catalog, scenario, advice, tr("First 90 days plan"), tr("First 90 days: %1"));
    Document &document = opened.document;
    if (!opened.role) {
        return document;
    }
    const Role *role = opened.role;
    addBaseline(document, catalog, advice);
    document.add(Heading{tr("By day 60")});
    addEffectBy(document, *role, kMidReviewDays);
    document.add(Heading{tr("By day 90")});
    addEffectBy(document, *role, kLastReviewDays);
    addTargetsByDay90(document, catalog, advice);
    document.add(Note{Paragraph(
        tr("These are assumptions to agree on, not promises: how far the role's contribution "
           "has come is the catalog's illustrative assumption, each range an assumption with its "
           "sources, and where no range is given the first month sets the baseline and the "
           "trend is judged."))});
    document.add(blocks::SourceList{tr("Sources")});
    return document;
}

void FirstNinetyDaysDocument::addBaseline(Document &document, const Catalog &catalog,
                                          const Advice &advice)
{
    document.add(Heading{tr("Month one: set up and measure the baseline")});
    if (advice.realisticTargets.isEmpty()) {
        document.add(Paragraph(tr("The catalog gives no measures for this role.")));
        return;
    }
    // Measuring first is general practice, not the articles': cited so. A measure with a range
    // gets no figure here: its first range is for day 90.
    const Citations generalPractice = RoleLookups::generalPractice(catalog);
    BulletList list;
    for (const auto &target : advice.realisticTargets) {
        list.items.append({metricLine(catalog, target.metricId,
                                      tr("measure where it stands now; this is the baseline the "
                                         "next reviews compare with"),
                                      generalPractice),
                           {}});
    }
    document.add(list);
}

void FirstNinetyDaysDocument::addEffectBy(Document &document, const Role &role, int days)
{
    if (!role.expectedResults) {
        document.add(Paragraph(tr("The catalog gives no assumption for when the %1's contribution "
                                  "shows.")
                                   .arg(InSentence::label(role.title))));
        return;
    }
    const ResultCurve &curve = *role.expectedResults;
    const double share = curve.valueAt(days / kDaysPerWeek);
    // The curve's own description follows, so the reader sees what the share rests on.
    const QString text =
        share <= 0.0
            ? tr("%1: no effect yet, by the catalog's illustrative assumption. %2")
                  .arg(role.title, curve.description())
            : tr("%1: about %2 of its full effect, by the catalog's illustrative assumption. %3")
                  .arg(role.title, Figures::percent(share * 100.0), curve.description());
    document.add(Paragraph(text, curve.sources));
}

void FirstNinetyDaysDocument::addTargetsByDay90(Document &document, const Catalog &catalog,
                                                const Advice &advice)
{
    if (advice.realisticTargets.isEmpty()) {
        return;
    }
    document.add(Paragraph(QList<Span>{
        {Span::Kind::Strong,
         tr("The role's measures at the %1-month review:").arg(Figures::number(kLastReviewMonths)),
         {}}}));
    BulletList list;
    for (const auto &target : advice.realisticTargets) {
        list.items.append(
            {metricLine(catalog, target.metricId, Targets::atHorizon(target, kLastReviewMonths),
                        target.sources),
             {}});
    }
    document.add(list);
}

} // namespace rolelens
