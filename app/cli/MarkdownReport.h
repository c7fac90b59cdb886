#pragma once

#include "cli/ReportWriter.h"

#include <QCoreApplication>

namespace rolelens {

// Markdown for wikis and documents: headings, tables, and numbered source references.
class MarkdownReport : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(MarkdownReport)

public:
    QString list(const Catalog &catalog) const override;
    QString show(const Catalog &catalog, const Role &role) const override;
    QString compare(const Catalog &catalog, const Comparison &comparison) const override;
    QString advise(const Catalog &catalog, const Advice &advice) const override;
    QString document(const Catalog &catalog, const Document &document) const override;
};

} // namespace rolelens
