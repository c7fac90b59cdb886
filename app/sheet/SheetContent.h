#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "compare/Comparison.h"
#include "compare/RoleCurve.h"
#include "report/Document.h"
#include "scenario/Scenario.h"
#include "sheet/PdfExport.h"

#include <QCoreApplication>

namespace rolelens {

// The printed form of each document: what PdfExport or a printer needs (the file's title and
// subject, the running header) and the document itself, laid out by SheetRenderer. The
// documents are built in core (report/builders/); nothing here decides content.
class SheetContent {
    Q_DECLARE_TR_FUNCTIONS(SheetContent)

public:
    // The catalog must outlive the result.
    static PdfExport::Document of(Document document, const Catalog &catalog,
                                  const QString &subject);

    static PdfExport::Document profileDocument(const Catalog &catalog, const Role &role);
    // The curves are those in force (the window may have changed the catalog's assumptions).
    static PdfExport::Document comparisonDocument(const Catalog &catalog,
                                                  const Comparison &comparison,
                                                  const QList<RoleCurve> &curves);
    // The expectations agreement for a scenario and the advice given on it.
    static PdfExport::Document agreementDocument(const Catalog &catalog, const Scenario &scenario,
                                                 const Advice &advice);
};

} // namespace rolelens
