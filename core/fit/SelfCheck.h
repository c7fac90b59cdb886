#pragma once

#include "catalog/Catalog.h"
#include "fit/RoleFit.h"
#include "fit/SkillLevel.h"
#include "model/Skill.h"

#include <QList>
#include <QMap>
#include <QString>

namespace rolelens {

// The students' self-check (issue 21), built only from the catalog: the skills its roles list,
// rated none / some / strong, rank the roles by overlap. No psychometrics of our own: a role
// ranks higher when more of the skills its articles name are ones the student has.
class SelfCheck {
public:
    // Every skill the catalog's roles list, once each, in the order the roles first list them.
    static QList<Skill> skillsToRate(const Catalog &catalog);

    // Every role of the catalog with a skill listed, the best overlap first: by share, then by
    // the number of skills rated strong, then in the catalog's order. Skills not rated are none.
    static QList<RoleFit> rank(const Catalog &catalog, const QMap<QString, SkillLevel> &ratings);
};

} // namespace rolelens
