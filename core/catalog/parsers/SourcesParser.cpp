#include "catalog/parsers/SourcesParser.h"

namespace rolelens {

using Need = JsonReader::Need;

SourcesParser::SourcesParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader())
{
}

void SourcesParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys =
        JsonReader::keys({"id", "kind", "title", "publisher", "note"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    Source source;
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    const auto kindKey = m_reader.string(object, QStringLiteral("kind"), path, Need::Required);
    const auto title = m_reader.string(object, QStringLiteral("title"), path, Need::Required);
    source.publisher = m_reader.string(object, QStringLiteral("publisher"), path, Need::Optional)
                           .valueOr(QString());
    source.note =
        m_reader.string(object, QStringLiteral("note"), path, Need::Optional).valueOr(QString());
    // Checked after the other fields, so that its message follows theirs.
    const auto kind = m_reader.oneOf(kindKey, QStringLiteral("kind"), path, Source::kinds(),
                                     [](const QString &found) {
                                         return tr("unknown source kind \"%1\" (expected article, "
                                                   "general-practice or illustrative)")
                                             .arg(found);
                                     });
    if (!id || !kind || !title || !m_context.claimId(QStringLiteral("source"), *id, path)) {
        return;
    }
    source.id = *id;
    source.kind = *kind;
    source.title = *title;
    m_context.into().sources.append(std::move(source));
}

} // namespace rolelens
