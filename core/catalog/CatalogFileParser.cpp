#include "catalog/CatalogFileParser.h"

#include "catalog/CatalogTranslation.h"
#include "catalog/parsers/BenchmarksParser.h"
#include "catalog/parsers/DisagreementsParser.h"
#include "catalog/parsers/GoalsParser.h"
#include "catalog/parsers/GuidanceParser.h"
#include "catalog/parsers/MetricsParser.h"
#include "catalog/parsers/RolesParser.h"
#include "catalog/parsers/SourcesParser.h"
#include "catalog/parsers/TasksParser.h"
#include "catalog/parsers/WorkKindsParser.h"

namespace rolelens {

CatalogFileParser::CatalogFileParser(CatalogLoader::ParsedFile &into, StringPool &strings,
                                     std::stop_token stop)
    : m_context(into, strings), m_reader(m_context.reader()), m_stop(std::move(stop))
{
}

void CatalogFileParser::parse(const QByteArray &bytes, const Translation &translation)
{
    auto root = m_reader.parseObject(bytes);
    if (!root) {
        return;
    }
    if (!translation.file.isEmpty()) {
        m_context.into().untranslated =
            CatalogTranslation::apply(*root, translation.bytes, translation.file,
                                      translation.language, m_context.into().errors);
    }
    static const QStringList allowedKeys =
        JsonReader::keys({"format", "version", "sources", "metrics", "roles", "disagreements",
                          "goals", "tasks", "guidance", "benchmarks", "workKinds"});
    m_reader.requireKnownKeys(*root, JsonPath(), allowedKeys);
    if (!m_reader.readHeader(*root, JsonPath(),
                             {QLatin1String("rolelens-catalog"), CatalogLoader::kFormatVersion,
                              tr("expected \"rolelens-catalog\", found \"%1\""),
                              tr("version %1 is not supported (this program reads version %2)")})) {
        return;
    }
    parseSection<SourcesParser>(*root, "sources");
    parseSection<MetricsParser>(*root, "metrics");
    parseSection<RolesParser>(*root, "roles");
    parseSection<DisagreementsParser>(*root, "disagreements");
    parseSection<GoalsParser>(*root, "goals");
    parseSection<TasksParser>(*root, "tasks");
    parseSection<GuidanceParser>(*root, "guidance");
    parseSection<BenchmarksParser>(*root, "benchmarks");
    parseSection<WorkKindsParser>(*root, "workKinds");
}

template <typename EntryParser>
void CatalogFileParser::parseSection(const QJsonObject &root, const char *key)
{
    const QString name = QString::fromLatin1(key);
    const JsonPath path;
    const auto items = m_reader.array(root, name, path, JsonReader::Need::Optional);
    if (!items) {
        return;
    }
    EntryParser parser(m_context);
    const JsonPath sectionPath = path.member(name);
    for (qsizetype i = 0; i < items->size() && !m_stop.stop_requested(); ++i) {
        // Written out once per entry, so that the paths of everything inside it, stored
        // with every cross-reference, need few steps of their own.
        const JsonPath itemPath(sectionPath.element(i).toString());
        if (const auto object = m_reader.elementObject(items->at(i), itemPath)) {
            parser.parse(*object, itemPath);
        }
    }
}

} // namespace rolelens
