#include "model/Guidance.h"

namespace rolelens {

const EnumTable<Guidance::Document> &Guidance::documents()
{
    static const EnumTable<Document> table("Guidance", {
                                                           {Document::Advice, "advice"},
                                                           {Document::Agreement, "agreement"},
                                                       });
    return table;
}

} // namespace rolelens
