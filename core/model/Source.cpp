#include "model/Source.h"

namespace rolelens {

const EnumTable<Source::Kind> &Source::kinds()
{
    static const EnumTable<Kind> table("Source",
                                       {
                                           {Kind::Article, "article"},
                                           {Kind::GeneralPractice, "general-practice"},
                                           {Kind::Illustrative, "illustrative"},
                                           {Kind::PublishedBenchmark, "published-benchmark"},
                                       });
    return table;
}

} // namespace rolelens
