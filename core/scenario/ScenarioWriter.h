#pragma once

#include "scenario/Scenario.h"

#include <QByteArray>

namespace rolelens {

// Writes a scenario as the JSON that ScenarioParser reads back (docs/scenario-format.md),
// leaving out every field the owner left empty.
class ScenarioWriter {
public:
    static QByteArray toJson(const Scenario &scenario);
};

} // namespace rolelens
