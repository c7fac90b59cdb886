#pragma once

#include "advisor/Advice.h"
#include "catalog/Catalog.h"
#include "compare/Comparison.h"
#include "report/Document.h"

#include <QString>

#include <memory>

namespace rolelens {

// Turns catalog data into one output format of the command line (text, JSON, Markdown, HTML,
// CSV). An empty string says the format has nothing to show of it: CSV holds tables alone.
class ReportWriter {
public:
    virtual ~ReportWriter() = default;

    virtual QString list(const Catalog &catalog) const = 0;
    virtual QString show(const Catalog &catalog, const Role &role) const = 0;
    virtual QString compare(const Catalog &catalog, const Comparison &comparison) const = 0;
    virtual QString advise(const Catalog &catalog, const Advice &advice) const = 0;
    // Any document of the model (a job post, an agreement...), as this format shows it.
    virtual QString document(const Catalog &catalog, const Document &document) const = 0;

    static QStringList formats();
    // Null for an unknown format name.
    static std::unique_ptr<ReportWriter> forFormat(const QString &format);
};

} // namespace rolelens
