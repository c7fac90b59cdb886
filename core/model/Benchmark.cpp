#include "model/Benchmark.h"

namespace rolelens {

const EnumTable<Benchmark::Statistic> &Benchmark::statistics()
{
    static const EnumTable<Statistic> table(
        "Benchmark",
        {
            {Statistic::Median, "median", QT_TRANSLATE_NOOP("Benchmark", "median")},
            {Statistic::Average, "average", QT_TRANSLATE_NOOP("Benchmark", "average")},
            // One rate over the whole sample (all visitors of all shops), not per business.
            {Statistic::Overall, "overall", QT_TRANSLATE_NOOP("Benchmark", "across the sample")},
            {Statistic::TopPerformers, "top-performers",
             QT_TRANSLATE_NOOP("Benchmark", "average of the top performers")},
            {Statistic::ConsumerExpectation, "consumer-expectation",
             QT_TRANSLATE_NOOP("Benchmark", "what consumers expect")},
        });
    return table;
}

} // namespace rolelens
