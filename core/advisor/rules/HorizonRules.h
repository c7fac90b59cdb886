// immediate-visibility-needs-influencer: results right away from a role that builds over months.
// influencer-for-long-term-presence: a lasting presence from a role working campaign by campaign.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks the timing of each goal against the judged role's time horizon: one finding per goal
// wanted right away, one for all the long-term goals together.
class HorizonRules {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, const Role &role,
                      QList<Advice::Finding> &findings);
};

} // namespace rolelens
