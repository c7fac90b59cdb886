#pragma once

#include <QString>
#include <QStringList>

namespace rolelens {

// One role as the self-check reads it: how much of what the catalog says the role needs the
// student already rates "some" or "strong", which of its skills are there and which to learn.
// A reading of the catalog, not a measure of aptitude.
struct RoleFit {
    QString roleId;
    int points = 0;              // the student's points over the role's skills (some 1, strong 2)
    int maxPoints = 0;           // two for each skill the role lists
    QStringList haveSkillIds;    // rated some or strong, in the role's order
    QStringList toLearnSkillIds; // not rated, in the role's order

    // The share of the role's skills the student has, 0 to 1; 0 for a role with none listed.
    double share() const { return maxPoints == 0 ? 0.0 : double(points) / maxPoints; }
};

} // namespace rolelens
