#pragma once

#include "model/Citation.h"

#include <QString>

#include <optional>

namespace rolelens {

// How soon a role's contribution typically shows, as assumptions rather than facts: nothing
// for a start delay, a smooth ramp up to full effect, then either a lasting plateau or, after
// a hold, a decay with the given half-life (an influencer campaign fades; a manager's work
// compounds and stays). Values are relative: 1 is the role's full effect.
struct ResultCurve {
    // Every span of weeks ends within ten years: beyond that no owner plans a hire's effect.
    static constexpr double kMaxWeeks = 520.0;

    double startDelayWeeks = 0.0;
    double rampWeeks = 1.0;
    double holdWeeks = 0.0;
    std::optional<double> decayHalfLifeWeeks; // none: the effect lasts
    Citations sources;

    double valueAt(double week) const;
    // One sentence for people: "First effect after 4 weeks, full effect 36 weeks later; ..."
    QString description() const;

    bool operator==(const ResultCurve &) const = default;
};

} // namespace rolelens
