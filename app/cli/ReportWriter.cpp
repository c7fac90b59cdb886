#include "cli/ReportWriter.h"

#include "cli/CsvReport.h"
#include "cli/HtmlReport.h"
#include "cli/JsonReport.h"
#include "cli/MarkdownReport.h"
#include "cli/TextReport.h"

namespace rolelens {

QStringList ReportWriter::formats()
{
    return {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
            QStringLiteral("html"), QStringLiteral("csv")};
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
    if (format == QLatin1String("html")) {
        return std::make_unique<HtmlReport>();
    }
    if (format == QLatin1String("csv")) {
        return std::make_unique<CsvReport>();
    }
    return nullptr;
}

} // namespace rolelens
