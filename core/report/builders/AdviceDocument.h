#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Document.h"

#include <QCoreApplication>

namespace rolelens {

// The advice on a scenario: the hiring plan, each unrealistic expectation with its reason, what
// to do instead and its sources, the realistic targets to judge the hire by, and the ranking
// of the roles that fit as the detail behind the plan.
// One builder for the terminal and Markdown; the expectations agreement (AgreementDocument)
// repeats its sections.
class AdviceDocument {
    Q_DECLARE_TR_FUNCTIONS(AdviceDocument)

public:
    static Document build(const Catalog &catalog, const Advice &advice);
    // The realistic targets alone, as the advice shows them: its table of every measure with
    // the sources of its range, then the benchmarks. The data a spreadsheet takes (CSV); no
    // table when the advice judges no role.
    static Document targets(const Catalog &catalog, const Advice &advice);
    // What advice with no findings says, in every output and the window.
    static QString noFindings();

    // Who reads the targets: the owner alone (the advice) or both parties (the agreement).
    enum class Reader { Owner, BothParties };
    static void addPlan(Document &document, const Catalog &catalog, const Advice &advice);
    // The sources' own advice to owners that this document repeats, each as a paragraph.
    static void addGuidance(Document &document, const Catalog &catalog, Guidance::Document shownIn);
    static void addRecommendations(Document &document, const Catalog &catalog,
                                   const Advice &advice);
    static void addFindings(Document &document, const Catalog &catalog, const Advice &advice);
    // The targets table, then, per measure without a range, the owner's own figure and the
    // published benchmarks, or the rule where there are none.
    static void addTargets(Document &document, const Catalog &catalog, const Advice &advice,
                           Reader reader);

private:
    static void addBenchmarks(Document &document, const Catalog &catalog, const Advice &advice,
                              Reader reader);
};

} // namespace rolelens
