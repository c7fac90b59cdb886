// follower-growth-unrealistic: the follower target needs more growth a month than the role
// gives, or starts from no followers, where no rate applies.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"
#include "model/GrowthAssumption.h"
#include "model/Role.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks the owner's follower target against the judged role's growth assumption (the owner's
// figures or the catalog's): a warning above its high end, critical far above it; from zero
// followers, where no rate applies, a warning that says what to judge instead.
class FollowerGrowthRule {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, const Role &role,
                      QList<Advice::Finding> &findings);

private:
    static Advice::Finding fromZero(const Role &role, const Scenario::Followers &followers,
                                    const GrowthAssumption &growth);
};

} // namespace rolelens
