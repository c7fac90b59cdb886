#include "scenario/Scenario.h"

namespace rolelens {

const EnumTable<Scenario::BusinessSize> &Scenario::sizes()
{
    static const EnumTable<BusinessSize> table(
        "Scenario",
        {
            {BusinessSize::Solo, "solo", QT_TRANSLATE_NOOP("Scenario", "Solo (just the owner)")},
            {BusinessSize::Small, "small",
             QT_TRANSLATE_NOOP("Scenario", "Small (up to 10 people)")},
            {BusinessSize::Medium, "medium",
             QT_TRANSLATE_NOOP("Scenario", "Medium (10 to 250 people)")},
            {BusinessSize::Large, "large",
             QT_TRANSLATE_NOOP("Scenario", "Large (over 250 people)")},
            // Never written to a file: an owner who says nothing leaves the field out.
            {BusinessSize::Unspecified, nullptr, QT_TRANSLATE_NOOP("Scenario", "Not said")},
        });
    return table;
}

} // namespace rolelens
