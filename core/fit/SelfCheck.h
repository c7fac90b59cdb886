#pragma once

#include "catalog/Catalog.h"
#include "fit/RoleFit.h"
#include "fit/SelfCheckAnswers.h"
#include "model/Skill.h"

#include <QList>
#include <QMap>
#include <QString>

namespace rolelens {

// The students' self-check (issue 21), built only from the catalog: the skills its roles list,
// rated none / some / strong, and the kinds of work the catalog declares (workKinds), each read
// from the roles' dimension tags, rank the roles by overlap. No psychometrics of our own: a role
// ranks higher when more of the skills its articles name are ones the student has, and more of
// the work the student prefers is work its dimensions describe.
class SelfCheck {
public:
    // Every skill the catalog's roles list, once each, in the order the roles first list them.
    static QList<Skill> skillsToRate(const Catalog &catalog);

    // Every role of the catalog with a skill listed, the best overlap first: by share, then by
    // the number of skills rated strong, then in the catalog's order. Skills not rated are none;
    // a preference for a side the catalog does not declare counts for nothing.
    static QList<RoleFit> rank(const Catalog &catalog, const SelfCheckAnswers &answers);

    // The citations that show `role` involves `side`: those of the dimensions carrying one of
    // the side's tags.
    static Citations evidence(const Role &role, const WorkKind::Side &side);
};

} // namespace rolelens
