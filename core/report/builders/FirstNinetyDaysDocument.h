#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Document.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

namespace rolelens {

// The plan for a hire's first 90 days: the first month measures where each of the role's
// measures stands, the baseline every later review compares with; by day 60 and day 90 the
// share of its full effect the role's expected-results assumption gives, and by day 90 each
// measure's 3-month target. Nothing in it is a figure of its own: the shares are the
// catalog's illustrative curve, the targets the advice's, and the baseline general practice,
// each with its sources.
class FirstNinetyDaysDocument {
    Q_DECLARE_TR_FUNCTIONS(FirstNinetyDaysDocument)

public:
    static Document build(const Catalog &catalog, const Scenario &scenario, const Advice &advice);

private:
    static void addBaseline(Document &document, const Catalog &catalog, const Advice &advice);
    // How far along the role's contribution is by DAYS, by its expected-results assumption.
    static void addEffectBy(Document &document, const Role &role, int days);
    static void addTargetsByDay90(Document &document, const Catalog &catalog, const Advice &advice);
};

} // namespace rolelens
