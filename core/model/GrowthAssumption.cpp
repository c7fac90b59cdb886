#include "model/GrowthAssumption.h"

#include <cmath>

namespace rolelens {

double GrowthAssumption::compounded(double percentPerMonth, double months)
{
    return (std::pow(1.0 + percentPerMonth / 100.0, months) - 1.0) * 100.0;
}

double GrowthAssumption::requiredPerMonth(double from, double to, double months)
{
    return (std::pow(to / from, 1.0 / months) - 1.0) * 100.0;
}

} // namespace rolelens
