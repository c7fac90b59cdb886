#include "cli/ReportWriter.h"

#include "cli/JsonReport.h"
#include "cli/MarkdownReport.h"
#include "cli/TextReport.h"

namespace rolelens {

QStringList ReportWriter::formats()
{
    return {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown")};
}

std::unique_ptr<ReportWriter> ReportWriter::forFormat(const QString &format)
{
    if (format == QLatin1String("text")) {
        return std::make_unique<TextReport>();
    }
    if (format == QLatin1String("json")) {
        return std::make_unique<JsonReport>();
    }
    if (format == QLatin1String("markdown")) {
        return std::make_unique<MarkdownReport>();
    }
    return nullptr;
}

} // namespace rolelens
