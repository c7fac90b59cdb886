#include "report/builders/HiringDocuments.h"

#include "report/builders/AgreementDocument.h"
#include "report/builders/FirstNinetyDaysDocument.h"
#include "report/builders/JobPostDocument.h"
#include "report/builders/ScopeOfWorkDocument.h"
#include "report/builders/ScorecardDocument.h"

namespace rolelens {

const EnumTable<HiringDocuments::Kind> &HiringDocuments::kinds()
{
    static const EnumTable<Kind> table(
        "HiringDocuments",
        {
            {Kind::JobPost, "job-post", QT_TRANSLATE_NOOP("HiringDocuments", "Job post")},
            {Kind::Scorecard, "scorecard", QT_TRANSLATE_NOOP("HiringDocuments", "Scorecard")},
            {Kind::ScopeOfWork, "scope-of-work",
             QT_TRANSLATE_NOOP("HiringDocuments", "Scope of work")},
            {Kind::Agreement, "agreement",
             QT_TRANSLATE_NOOP("HiringDocuments", "Expectations agreement")},
            {Kind::FirstNinetyDays, "first-90-days",
             QT_TRANSLATE_NOOP("HiringDocuments", "First 90 days plan")},
        });
    return table;
}

QList<HiringDocuments::Kind> HiringDocuments::all()
{
    return {Kind::JobPost, Kind::Scorecard, Kind::ScopeOfWork, Kind::Agreement,
            Kind::FirstNinetyDays};
}

Document HiringDocuments::build(Kind kind, const Catalog &catalog, const Scenario &scenario,
                                const Advice &advice)
{
    switch (kind) {
    case Kind::JobPost:
        return JobPostDocument::build(catalog, scenario, advice);
    case Kind::Scorecard:
        return ScorecardDocument::build(catalog, scenario, advice);
    case Kind::ScopeOfWork:
        return ScopeOfWorkDocument::build(catalog, scenario, advice);
    case Kind::FirstNinetyDays:
        return FirstNinetyDaysDocument::build(catalog, scenario, advice);
    case Kind::Agreement:
        break;
    }
    return AgreementDocument::build(catalog, scenario, advice);
}

} // namespace rolelens
