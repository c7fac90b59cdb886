#include "model/ResultCurve.h"

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
    // Two forms rather than plural rules: "1 week" reads right in every language we ship.
    const auto weeks = [](double count) {
        return count == 1.0 ? QCoreApplication::translate("ResultCurve", "1 week")
                            : QCoreApplication::translate("ResultCurve", "%1 weeks").arg(count);
    };
    QString text =
        QCoreApplication::translate("ResultCurve", "First effect after %1, full effect %2 later")
            .arg(weeks(startDelayWeeks), weeks(rampWeeks));
    text += decayHalfLifeWeeks
                ? QCoreApplication::translate("ResultCurve", "; it holds %1, then halves every %2.")
                      .arg(weeks(holdWeeks), weeks(*decayHalfLifeWeeks))
                : QCoreApplication::translate("ResultCurve", "; it then lasts.");
    return text;
}

} // namespace rolelens
