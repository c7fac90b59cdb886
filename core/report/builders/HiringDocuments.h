#pragma once

#include "advisor/Advice.h"
#include "base/EnumTable.h"
#include "catalog/Catalog.h"
#include "report/Document.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

namespace rolelens {

// The documents an owner takes from the decision to the signature and into the hire's first
// months, each built from a scenario and the advice on it, by name: the command line's
// `document KIND` and the window's export list them from here.
class HiringDocuments {
    Q_DECLARE_TR_FUNCTIONS(HiringDocuments)

public:
    enum class Kind { JobPost, Scorecard, ScopeOfWork, Agreement, FirstNinetyDays };

    // Keys as typed ("job-post") and labels as shown ("Job post"), in the order offered: the
    // order an owner needs them in.
    static const EnumTable<Kind> &kinds();
    static QList<Kind> all();
    static Document build(Kind kind, const Catalog &catalog, const Scenario &scenario,
                          const Advice &advice);
};

} // namespace rolelens
