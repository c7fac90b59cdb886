#include "model/MetricUse.h"

namespace rolelens {

QString MetricUse::emphasisKey(Emphasis emphasis)
{
    return emphasis == Emphasis::Primary ? QStringLiteral("primary") : QStringLiteral("secondary");
}

} // namespace rolelens
