#include "model/ResultCurve.h"

#include "report/Figures.h"

#include <QCoreApplication>

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

namespace rolelens {

QString ResultCurve::description() const
{
    QString text =
        QCoreApplication::translate("ResultCurve", "First effect after %1, full effect %2 later")
            .arg(Figures::weeks(startDelayWeeks), Figures::weeks(rampWeeks));
    text += decayHalfLifeWeeks
                ? QCoreApplication::translate("ResultCurve", "; it holds %1, then halves every %2.")
                      .arg(Figures::weeks(holdWeeks), Figures::weeks(*decayHalfLifeWeeks))
                : QCoreApplication::translate("ResultCurve", "; it then lasts.");
    return text;
}

} // namespace rolelens
