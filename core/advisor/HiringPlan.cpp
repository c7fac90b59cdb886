#include "advisor/HiringPlan.h"

namespace rolelens {

const HiringPlan::Assignment *HiringPlan::hire() const
{
    const auto engagedToHire = engaged(Engagement::Hire);
    return engagedToHire.isEmpty() ? nullptr : engagedToHire.first();
}

QList<const HiringPlan::Assignment *> HiringPlan::engaged(Engagement engagement) const
{
    QList<const Assignment *> found;
    for (const auto &assignment : assignments) {
        if (assignment.engagement == engagement) {
            found.append(&assignment);
        }
    }
    return found;
}

const EnumTable<HiringPlan::Engagement> &HiringPlan::engagements()
{
    static const EnumTable<Engagement> table(
        "HiringPlan", {
                          //: A step of the hiring plan, a verb: employ the role.
                          {Engagement::Hire, "hire", QT_TRANSLATE_NOOP("HiringPlan", "Hire")},
                          {Engagement::Campaign, "campaign",
                           QT_TRANSLATE_NOOP("HiringPlan", "Engage for a campaign")},
                          {Engagement::ContractOut, "contract-out",
                           QT_TRANSLATE_NOOP("HiringPlan", "Contract out or leave out")},
                      });
    return table;
}

} // namespace rolelens
