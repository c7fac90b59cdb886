#pragma once

#include "model/GrowthAssumption.h"
#include "model/Role.h"
#include "scenario/Scenario.h"

#include <QList>

#include <optional>

namespace rolelens {

// The owner's follower expectation set against what the role's growth assumption in force
// (the owner's figures or the catalog's) makes of the same start, compounded monthly. Worked
// out here once: the advisor's finding and targets quote it and the follower chart plots it.
class FollowerProjection {
public:
    struct Point {
        double week = 0;
        double expected = 0; // the owner's straight line from now to the target
        double low = 0;
        double high = 0;
    };

    // Nothing when the scenario gives no followers or the catalog no growth for the role.
    static std::optional<FollowerProjection> of(const Role &role, const Scenario &scenario);

    const Scenario::Followers &followers() const { return m_followers; }
    const GrowthAssumption &growth() const { return m_growth; }
    // The owner's deadline, in months.
    double months() const;
    // Followers after `months` at the low and the high end of the assumption.
    double lowAfter(double months) const;
    double highAfter(double months) const;
    // The monthly growth the owner's target needs; nothing from zero followers, where no rate
    // gets anywhere.
    std::optional<double> requiredPerMonth() const;
    // The growth the owner expects by the deadline, in percent; nothing from zero followers.
    std::optional<double> expectedGrowth() const;
    // `steps` + 1 points from now to the owner's deadline, the last exactly at it.
    QList<Point> curve(int steps) const;

private:
    FollowerProjection(Scenario::Followers followers, GrowthAssumption growth);

    Scenario::Followers m_followers;
    GrowthAssumption m_growth;
};

} // namespace rolelens
