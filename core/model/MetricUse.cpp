#include "model/MetricUse.h"

namespace rolelens {

const EnumTable<MetricUse::Emphasis> &MetricUse::emphases()
{
    static const EnumTable<Emphasis> table("MetricUse", {
                                                            {Emphasis::Primary, "primary"},
                                                            {Emphasis::Secondary, "secondary"},
                                                        });
    return table;
}

} // namespace rolelens
