#pragma once

#include "catalog/Catalog.h"
#include "compare/Comparison.h"
#include "report/Document.h"

#include <QCoreApplication>

namespace rolelens {

// 2 to 4 roles side by side: each dimension with how the roles relate on it, what each role
// is judged by, and what all of them share and each alone has. Every role's statement cites
// its sources. One builder for the terminal and Markdown (the printed comparison sheet lays
// out more: charts and assumptions).
class ComparisonDocument {
    Q_DECLARE_TR_FUNCTIONS(ComparisonDocument)

public:
    static Document build(const Catalog &catalog, const Comparison &comparison);

private:
    static void addDimensions(Document &document, const Catalog &catalog,
                              const Comparison &comparison);
    static void addMetricWeights(Document &document, const Catalog &catalog,
                                 const Comparison &comparison);
    static void addSharedAndUnique(Document &document, const Catalog &catalog,
                                   const Comparison &comparison);
};

} // namespace rolelens
