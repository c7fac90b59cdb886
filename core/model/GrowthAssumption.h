#pragma once

#include "model/Citation.h"

namespace rolelens {

// How fast a brand's audience typically grows, per month, while this role works on it: an
// assumption (the articles give no figures), labelled with its sources and editable by the
// owner. Percentages: 3 means 3 % a month.
struct GrowthAssumption {
    // Eleven-fold a month is beyond any real audience, so a higher figure is a typing error.
    static constexpr double kMaxPercentPerMonth = 1000;

    double lowPercentPerMonth = 0;
    double highPercentPerMonth = 0;
    Citations sources;

    // Growth over `months`, compounded, in percent.
    static double compounded(double percentPerMonth, double months);
    // The monthly rate that turns `from` into `to` in `months`, in percent.
    static double requiredPerMonth(double from, double to, double months);
};

} // namespace rolelens
