#pragma once

#include <QString>
#include <QStringList>

namespace rolelens {

// Work an owner means to hand to the hire ("press releases", "admin"). A role does the task
// when it lists one of `responsibilities`; `handledBy` is the role to name when the one
// considered does not. Where the sources disagree on whose work it is, `disagreement` names
// that disagreement, so that advice shows every position instead of one role's.
struct Task {
    QString id;
    QString label;
    QStringList responsibilities;
    QString handledBy;
    bool needsAdBudget = false;
    QString disagreement; // id of a disagreement; empty: undisputed
};

} // namespace rolelens
