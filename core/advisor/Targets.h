#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "model/Role.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// What to judge the hire by instead of a wish: the judged role's primary measures, most weight
// first, with realistic ranges where the catalog or the owner gives a growth assumption, the
// figures published benchmarks give for them, and the owner's own figures set against them.
class Targets {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    // Months in which the realistic ranges are given.
    static constexpr int kHorizons[] = {3, 6, 12};

    // What to judge a measure by at a horizon where no sourced range exists: a rule of general
    // practice (the target cites it), never an empty cell.
    static QString withoutRange(int months);
    // What the measure should show after MONTHS: its assumed range, or else the rule above.
    // The window, every document and the command line write a horizon's target so.
    static QString atHorizon(const Advice::RealisticTarget &target, int months);
    // Every horizon in one line: "3 months: ...; 6 months: ...; 12 months: ...".
    static QString horizons(const Advice::RealisticTarget &target);
    // The owner's own target in the owner's units ("50,000 followers in 4 weeks"); empty for
    // none. The window and every document write it so.
    static QString ownerTarget(const Advice::RealisticTarget &target);
    // A published figure in one sentence: platform, statistic, the figure with its
    // denominator, what exactly is measured and the report with its age. The window, every
    // document and the JSON write a benchmark so.
    static QString benchmark(const Catalog &catalog, const Benchmark &benchmark);
    // What a measure with no published figure is judged by: the rule of general practice, in
    // the same words as the first horizon's cell.
    static QString noBenchmark();

    static void add(const Catalog &catalog, const Scenario &scenario, const Role &role,
                    QList<Advice::RealisticTarget> &targets);
};

} // namespace rolelens
