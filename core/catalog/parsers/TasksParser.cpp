#include "catalog/parsers/TasksParser.h"

namespace rolelens {

using Need = JsonReader::Need;

TasksParser::TasksParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader())
{
}

void TasksParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = JsonReader::keys(
        {"id", "label", "responsibilities", "handledBy", "needsAdBudget", "disagreement"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !m_context.claimId(QStringLiteral("task"), *id, path)) {
        return;
    }
    const auto label = m_reader.string(object, QStringLiteral("label"), path, Need::Required);
    const auto responsibilities =
        m_reader.stringList(object, QStringLiteral("responsibilities"), path, Need::Required);
    const auto handledBy = m_reader.id(object, QStringLiteral("handledBy"), path);
    const auto needsAds =
        m_reader.boolean(object, QStringLiteral("needsAdBudget"), path, Need::Optional);
    const auto disagreement =
        m_reader.string(object, QStringLiteral("disagreement"), path, Need::Optional);
    if (!label || !responsibilities || !handledBy || needsAds.isInvalid() ||
        disagreement.isInvalid()) {
        return;
    }
    if (responsibilities->isEmpty()) {
        m_reader.error(path.member(QStringLiteral("responsibilities")),
                       tr("must list at least one entry"));
        return;
    }
    m_context.reference(CatalogParseContext::ReferenceKind::Role, *handledBy,
                        path.member(QStringLiteral("handledBy")));
    if (disagreement) {
        m_context.reference(CatalogParseContext::ReferenceKind::Disagreement, *disagreement,
                            path.member(QStringLiteral("disagreement")));
    }
    m_context.into().tasks.append({*id, *label, *responsibilities, *handledBy,
                                   needsAds.valueOr(false), disagreement.valueOr(QString())});
}

} // namespace rolelens
