#pragma once

#include "catalog/Catalog.h"
#include "compare/Comparison.h"
#include "compare/RoleCurve.h"
#include "report/Document.h"

#include <QCoreApplication>

namespace rolelens {

// 2 to 4 roles side by side: each dimension with how the roles relate on it, what they share
// and each alone has, what each is judged by, their expected results over time and what each
// does not do. Every role's statement cites its sources. One builder for the terminal,
// Markdown and the printed comparison sheet.
class ComparisonDocument {
    Q_DECLARE_TR_FUNCTIONS(ComparisonDocument)

public:
    // With the catalog's expected results.
    static Document build(const Catalog &catalog, const Comparison &comparison);
    // With the expected results in force (the window lets the owner change them).
    static Document build(const Catalog &catalog, const Comparison &comparison,
                          const QList<RoleCurve> &curves);
    // Its tables alone, each under its heading: side by side, the metrics and the expected
    // results in force. The data a spreadsheet takes (CSV); the first page's summary is left
    // out, since everything in it is in these and its first column speaks of shading.
    static Document tables(const Catalog &catalog, const Comparison &comparison,
                           const QList<RoleCurve> &curves);

private:
    // "A vs B vs C".
    static QString titleOf(const Catalog &catalog, const QStringList &roleIds);
    static void addDimensions(Document &document, const Catalog &catalog,
                              const Comparison &comparison);
    static void addSharedAndUnique(Document &document, const Catalog &catalog,
                                   const Comparison &comparison);
    static void addMetrics(Document &document, const Catalog &catalog,
                           const Comparison &comparison);
    static void addExpectedResults(Document &document, const Catalog &catalog,
                                   const Comparison &comparison, const QList<RoleCurve> &curves);
    static void addExclusions(Document &document, const Catalog &catalog,
                              const Comparison &comparison);
    static void addDisagreements(Document &document, const Catalog &catalog,
                                 const Comparison &comparison);
};

} // namespace rolelens
