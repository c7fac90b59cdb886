#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "model/Role.h"
#include "scenario/Scenario.h"

#include <QList>

namespace rolelens {

// What to judge the hire by instead of a wish: the judged role's primary measures, most weight
// first, with realistic ranges where the catalog or the owner gives a growth assumption, and
// the owner's follower figures set against them.
class Targets {
public:
    // Months in which the realistic ranges are given.
    static constexpr int kHorizons[] = {3, 6, 12};

    static void add(const Catalog &catalog, const Scenario &scenario, const Role &role,
                    QList<Advice::RealisticTarget> &targets);
};

} // namespace rolelens
