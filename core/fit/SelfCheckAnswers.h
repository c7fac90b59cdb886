#pragma once

#include "fit/SkillLevel.h"

#include <QMap>
#include <QString>

namespace rolelens {

// What a student answers in the self-check: a rating for the skills they have (those not
// named are none) and, for the work kinds they have a preference on, the side they prefer.
struct SelfCheckAnswers {
    QMap<QString, SkillLevel> skills;   // skill id -> level
    QMap<QString, QString> preferences; // work kind id -> the id of the side preferred

    bool isEmpty() const { return skills.isEmpty() && preferences.isEmpty(); }
};

} // namespace rolelens
