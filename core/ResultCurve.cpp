#include "ResultCurve.h"

#include <algorithm>
#include <cmath>

namespace rolelens {

double ResultCurve::valueAt(double week) const
{
    const double sinceStart = week - startDelayWeeks;
    if (sinceStart <= 0.0) {
        return 0.0;
    }
    if (sinceStart < rampWeeks) {
        // Smoothstep: slow start, fastest in the middle, easing into the plateau.
        const double x = std::clamp(sinceStart / rampWeeks, 0.0, 1.0);
        return x * x * (3.0 - 2.0 * x);
    }
    if (!decayHalfLifeWeeks) {
        return 1.0;
    }
    const double sinceHoldEnded = sinceStart - rampWeeks - holdWeeks;
    if (sinceHoldEnded <= 0.0) {
        return 1.0;
    }
    return std::pow(0.5, sinceHoldEnded / *decayHalfLifeWeeks);
}

} // namespace rolelens
