#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Document.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QDate>

namespace rolelens {

// The scope of work, the annex to a contract: what the hire is engaged for (the owner's goals
// and tasks the plan gives it, and the role's responsibilities), what is out of scope with who
// does it instead, the measures and targets agreed with their review dates, opened by article
// 004's advice on contracts. Every line is a catalog or advice statement with its sources.
class ScopeOfWorkDocument {
    Q_DECLARE_TR_FUNCTIONS(ScopeOfWorkDocument)

public:
    static Document build(const Catalog &catalog, const Scenario &scenario, const Advice &advice,
                          const QDate &issued = QDate::currentDate());

private:
    static void addInScope(Document &document, const Catalog &catalog, const Role &role,
                           const Advice &advice);
};

} // namespace rolelens
