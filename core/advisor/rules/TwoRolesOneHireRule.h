// two-roles-one-hire: one hire is expected to fill roles that the catalog keeps apart.
#pragma once

#include "advisor/Advice.h"
#include "advisor/rules/RuleContext.h"

#include <QCoreApplication>
#include <QList>

namespace rolelens {

// Checks the roles one hire is to cover; softer (a note) for a solo or small business, where
// the articles allow one person to do both, and citing both sides of the catalog's disagreement.
class TwoRolesOneHireRule {
    Q_DECLARE_TR_FUNCTIONS(Advisor)

public:
    static void check(const RuleContext &context, QList<Advice::Finding> &findings);
};

} // namespace rolelens
