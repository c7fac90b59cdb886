#pragma once

#include <QCoreApplication>

namespace rolelens {

class ScenarioForm;

// What's This help (Help > What's This?, Shift+F1) on each of the advisor's questions: what the
// question is for and what the advice does with the answer, as core/advisor and the documents
// do it. Follows the language.
class ScenarioFormWhatsThis {
    Q_DECLARE_TR_FUNCTIONS(rolelens::ScenarioFormWhatsThis)

public:
    static void install(ScenarioForm *form);
};

} // namespace rolelens
