#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Document.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>

namespace rolelens {

// The expectations agreement the owner and the hire sign: what the hire is for, what to judge
// it by and when, what it does not do and who does, the advisor's findings, and lines to sign.
// It repeats the advice's sections (AdviceDocument) so that both read the same.
class AgreementDocument {
    Q_DECLARE_TR_FUNCTIONS(AgreementDocument)

public:
    static Document build(const Catalog &catalog, const Scenario &scenario, const Advice &advice);

private:
    // "Expectations agreement: <role>", or without the role when none is judged.
    static QString titleOf(const Catalog &catalog, const Advice &advice);
    static void addRole(Document &document, const Role &role);
};

} // namespace rolelens
