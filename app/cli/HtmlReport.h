#pragma once

#include "cli/ReportWriter.h"

#include <QCoreApplication>

namespace rolelens {

// A web page that stands alone, for a browser, a website or an email: the same documents as
// the window shows, each reference number linked to its source and showing the exact words
// it stands for when pointed at.
class HtmlReport : public ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(HtmlReport)

public:
    QString list(const Catalog &catalog) const override;
    QString show(const Catalog &catalog, const Role &role) const override;
    QString compare(const Catalog &catalog, const Comparison &comparison) const override;
    QString advise(const Catalog &catalog, const Advice &advice) const override;
    QString document(const Catalog &catalog, const Document &document) const override;
};

} // namespace rolelens
