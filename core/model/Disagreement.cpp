#include "model/Disagreement.h"

namespace rolelens {

const EnumTable<Disagreement::OneHire> &Disagreement::oneHireKeys()
{
    static const EnumTable<OneHire> table("Disagreement",
                                          {
                                              {OneHire::Unsaid, nullptr},
                                              {OneHire::Possible, "possible"},
                                              {OneHire::WarnedAgainst, "warned-against"},
                                          });
    return table;
}

} // namespace rolelens
