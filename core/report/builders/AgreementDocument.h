#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "report/Document.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QDate>

namespace rolelens {

// The expectations agreement the owner and the hire sign: the plan, what to judge the hire by
// and when, the advisor's findings, what the role is for and does not do (and who does), the
// review dates, and a line for each party's name, signature and date.
// It repeats the advice's sections (AdviceDocument) so that both read the same.
class AgreementDocument {
    Q_DECLARE_TR_FUNCTIONS(AgreementDocument)

public:
    // Issued today, or on the day the scenario's last issued agreement was when nothing has
    // changed since; the reviews fall on the advice's horizons counted from the issue date. A
    // new version lists what changed since the last.
    static Document build(const Catalog &catalog, const Scenario &scenario, const Advice &advice);
    static Document build(const Catalog &catalog, const Scenario &scenario, const Advice &advice,
                          const QDate &today);
    // What is agreed, a line each: the plan, the targets, the findings.
    static QStringList terms(const Catalog &catalog, const Advice &advice);
    // The agreement as issued TODAY: the scenario's last one again if its terms are the same,
    // else the next version. The window records it in the scenario when the agreement is
    // exported.
    static Scenario::IssuedAgreement issue(const Catalog &catalog, const Scenario &scenario,
                                           const Advice &advice, const QDate &today);
    // When the owner and the hire review the targets: the advice's horizons from ISSUED.
    static void addReviews(Document &document, const QDate &issued);

private:
    // "Expectations agreement: <role>", or without the role when none is judged.
    static QString titleOf(const Catalog &catalog, const Advice &advice);
    static void addRole(Document &document, const Role &role);
    static void addChanges(Document &document, const Scenario::IssuedAgreement &previous,
                           const Scenario::IssuedAgreement &issued);
};

} // namespace rolelens
