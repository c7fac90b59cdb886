#pragma once

#include "base/EnumTable.h"
#include "model/Citation.h"

#include <QString>

namespace rolelens {

// How much one role is judged by one metric. The weight (1-5) is what the charts plot; its
// basis lists the statements that name the metric for this role.
struct MetricUse {
    enum class Emphasis { Primary, Secondary };

    QString metricId;
    Emphasis emphasis = Emphasis::Primary;
    int weight = 1;
    Citations basis;

    static const EnumTable<Emphasis> &emphases();
    static QString emphasisKey(Emphasis emphasis) { return emphases().key(emphasis); }
};

} // namespace rolelens
