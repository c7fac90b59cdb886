#pragma once

#include "cli/ReportWriter.h"

#include <QCoreApplication>

namespace rolelens {

// The tables of each output, as CSV for a spreadsheet (report/CsvRenderer): the role list, a
// profile's dimensions and metrics, a comparison's tables, the advice's realistic targets, a
// hiring document's tables. An output with no table is an empty string, which the command line
// reports. No byte-order mark: this is for standard output, which scripts read.
class CsvReport : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(CsvReport)

public:
    QString list(const Catalog &catalog) const override;
    QString show(const Catalog &catalog, const Role &role) const override;
    QString compare(const Catalog &catalog, const Comparison &comparison) const override;
    QString advise(const Catalog &catalog, const Advice &advice) const override;
    QString document(const Catalog &catalog, const Document &document) const override;
};

} // namespace rolelens
