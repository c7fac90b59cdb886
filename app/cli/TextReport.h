#pragma once

#include "cli/ReportWriter.h"

#include <QCoreApplication>

namespace rolelens {

// Plain text for an 80-column terminal: prose wrapped, sources as numbered references.
class TextReport : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(TextReport)

public:
    QString list(const Catalog &catalog) const override;
    QString show(const Catalog &catalog, const Role &role) const override;
    QString compare(const Catalog &catalog, const Comparison &comparison) const override;
    QString advise(const Catalog &catalog, const Advice &advice) const override;
    QString document(const Catalog &catalog, const Document &document) const override;
};

} // namespace rolelens
