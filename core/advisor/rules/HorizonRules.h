// immediate-visibility-needs-influencer: results right away from a role that builds over months.
// influencer-for-long-term-presence: goals that take months for a role whose work is immediate.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"
#include "model/Role.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks the timing of each goal against the judged role's time horizon: one finding per goal
// wanted right away, one for all the long-term goals together. Each names a role that serves
// the goal in its own time where the catalog has one, and says what to do where it has none.
class HorizonRules {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, const Role &role,
                      QList<Advice::Finding> &findings);

private:
    static Advice::Finding rightAway(const RuleContext &context, const Role &role,
                                     const Goal &goal);
    static Advice::Finding overMonths(const RuleContext &context, const Role &role,
                                      const QList<const Goal *> &goals);
    // "a, b and c".
    static QString inOneSentence(const QStringList &items);
};

} // namespace rolelens
