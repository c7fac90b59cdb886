#pragma once

#include <QString>
#include <QStringList>

namespace rolelens {

// One role as the self-check reads it: how much of what the catalog says the role needs the
// student already rates "some" or "strong", which of its skills are there and which to learn,
// and which of the kinds of work the student prefers it involves. A reading of the catalog,
// not a measure of aptitude.
struct RoleFit {
    QString roleId;
    // The student's points: 1 for a skill of the role rated some, 2 for strong, and 2 for each
    // preferred kind of work the role involves; out of 2 for each skill the role lists and each
    // preference given.
    int points = 0;
    int maxPoints = 0;
    QStringList haveSkillIds;     // rated some or strong, in the role's order
    QStringList toLearnSkillIds;  // not rated, in the role's order
    QStringList preferredSideIds; // preferred kinds of work the role involves, in catalog order
    QStringList otherSideIds;     // preferred kinds of work it does not involve

    // The share of the points possible the student has, 0 to 1; 0 when there are none.
    double share() const { return maxPoints == 0 ? 0.0 : double(points) / maxPoints; }
};

} // namespace rolelens
