#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Document.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

namespace rolelens {

// The scorecard hiring practitioners write before they interview and review against after:
// the role's mission and what it is not, its outcomes ranked with what to expect at each
// review and an empty rating to fill in, and the competencies it needs, each rated too. The
// outcomes are the advice's realistic targets, so the card holds no figure the catalog or the
// owner did not give; where the owner's own target lies beyond the realistic range, it says so
// under the outcomes.
class ScorecardDocument {
    Q_DECLARE_TR_FUNCTIONS(ScorecardDocument)

public:
    // Practitioners keep a scorecard to a handful of outcomes: more, and none is weighed.
    static constexpr qsizetype kMaxOutcomes = 8;
    static constexpr qsizetype kMinOutcomes = 3;

    static Document build(const Catalog &catalog, const Scenario &scenario, const Advice &advice);

private:
    static void addMission(Document &document, const Catalog &catalog, const Role &role);
    static void addOutcomes(Document &document, const Catalog &catalog, const Advice &advice);
    static void addBeyondRange(Document &document, const Advice &advice);
    static void addCompetencies(Document &document, const Role &role);
};

} // namespace rolelens
