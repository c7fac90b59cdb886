#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "charts/MetricChartBuilder.h"
#include "compare/Comparison.h"
#include "report/CitationIndex.h"
#include "scenario/Scenario.h"
#include "sheet/PdfExport.h"

#include <QCoreApplication>

namespace rolelens {

class Sheet;

// What goes on the printed sheets, in reading order: the comparison sheet for 2-4 roles and
// the profile sheet for one. Layout is the Sheet's business; this decides the content.
class SheetContent {
    Q_DECLARE_TR_FUNCTIONS(SheetContent)

public:
    static QString comparisonTitle(const Catalog &catalog, const QStringList &roleIds);
    // Everything PdfExport or a printer needs for the comparison or profile sheet; the
    // catalog must outlive the document.
    static PdfExport::Document comparisonDocument(const Catalog &catalog,
                                                  const Comparison &comparison,
                                                  const QList<MetricChartBuilder::Curve> &curves);
    static PdfExport::Document profileDocument(const Catalog &catalog, const Role &role);
    // The expectations agreement for a scenario and the advice given on it.
    static PdfExport::Document agreementDocument(const Catalog &catalog, const Scenario &scenario,
                                                 const Advice &advice);
    // The curves are those in force (the window may have changed the catalog's assumptions).
    static void composeComparison(Sheet &sheet, const Catalog &catalog,
                                  const Comparison &comparison,
                                  const QList<MetricChartBuilder::Curve> &curves);
    static void composeAgreement(Sheet &sheet, const Catalog &catalog, const Scenario &scenario,
                                 const Advice &advice);

private:
    static void addAssumptions(Sheet &sheet, const Catalog &catalog,
                               const QList<MetricChartBuilder::Curve> &curves,
                               CitationIndex &citations);
    static void addExclusions(Sheet &sheet, const Catalog &catalog, const Role &role,
                              CitationIndex &citations);
    static void addSources(Sheet &sheet, const Catalog &catalog, const CitationIndex &citations);
};

} // namespace rolelens
