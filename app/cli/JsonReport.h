#pragma once

#include "cli/ReportWriter.h"

namespace rolelens {

// Machine-readable output: stable keys (the catalog's ids and dimension keys), every
// citation with its quote.
class JsonReport : public ReportWriter {
public:
    QString list(const Catalog &catalog) const override;
    QString show(const Catalog &catalog, const Role &role) const override;
    QString compare(const Catalog &catalog, const Comparison &comparison) const override;
    QString advise(const Catalog &catalog, const Advice &advice) const override;
    QString document(const Catalog &catalog, const Document &document) const override;
};

} // namespace rolelens
