#include "catalog/parsers/RoleListsParser.h"

namespace rolelens {

using Need = JsonReader::Need;

RoleListsParser::RoleListsParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader()), m_citations(context)
{
}

template <typename Item>
bool RoleListsParser::parseNamedItems(const QJsonArray &items, const JsonPath &path,
                                      QList<Item> &into)
{
    into.reserve(into.size() + items.size()); // no spare capacity kept for every role
    return m_context.forEachObject(
        items, path,
        [&](const QJsonObject &object, const JsonPath &itemPath) -> std::optional<QString> {
            static const QStringList allowedKeys =
                JsonReader::keys({"id", "name", "description", "sources"});
            m_reader.requireKnownKeys(object, itemPath, allowedKeys);
            const auto id = m_reader.id(object, QStringLiteral("id"), itemPath);
            const auto name =
                m_reader.string(object, QStringLiteral("name"), itemPath, Need::Required);
            const auto description =
                m_reader.string(object, QStringLiteral("description"), itemPath, Need::Optional);
            const auto sources = m_citations.parse(object, QStringLiteral("sources"), itemPath);
            if (!id || !name || !sources) {
                return std::nullopt;
            }
            StringPool &pool = m_context.strings();
            into.append(Item{pool.intern(*id), pool.intern(*name),
                             pool.intern(description.valueOr(QString())), *sources});
            return *id;
        });
}

bool RoleListsParser::parseResponsibilities(const QJsonArray &items, const JsonPath &path,
                                            Role &role)
{
    return parseNamedItems(items, path, role.responsibilities);
}

bool RoleListsParser::parseSkills(const QJsonArray &items, const JsonPath &path, Role &role)
{
    return parseNamedItems(items, path, role.skills);
}

bool RoleListsParser::parseExclusions(const QJsonArray &items, const JsonPath &path, Role &role)
{
    return m_context.forEachObject(
        items, path,
        [&](const QJsonObject &object, const JsonPath &itemPath) -> std::optional<QString> {
            static const QStringList allowedKeys =
                JsonReader::keys({"task", "handledBy", "sources", "tasks"});
            m_reader.requireKnownKeys(object, itemPath, allowedKeys);
            const auto task =
                m_reader.string(object, QStringLiteral("task"), itemPath, Need::Required);
            const auto handledBy = m_reader.id(object, QStringLiteral("handledBy"), itemPath);
            const auto sources = m_citations.parse(object, QStringLiteral("sources"), itemPath);
            if (handledBy) {
                m_context.reference(CatalogParseContext::ReferenceKind::Role, *handledBy,
                                    itemPath.member(QStringLiteral("handledBy")));
            }
            // Tasks may be defined in a later file: checked once every file is in.
            const auto taskIds = m_context.references(CatalogParseContext::ReferenceKind::Task,
                                                      object, QStringLiteral("tasks"), itemPath);
            if (!task || !handledBy || !sources || !taskIds) {
                return std::nullopt;
            }
            StringPool &pool = m_context.strings();
            role.notResponsibleFor.append(
                {pool.intern(*task), pool.intern(*handledBy), *sources, *taskIds});
            return *task;
        });
}

bool RoleListsParser::parseMisconceptions(const QJsonArray &items, const JsonPath &path, Role &role)
{
    return m_context.forEachObject(
        items, path,
        [&](const QJsonObject &object, const JsonPath &itemPath) -> std::optional<QString> {
            static const QStringList allowedKeys =
                JsonReader::keys({"belief", "reality", "sources"});
            m_reader.requireKnownKeys(object, itemPath, allowedKeys);
            const auto belief =
                m_reader.string(object, QStringLiteral("belief"), itemPath, Need::Required);
            const auto reality =
                m_reader.string(object, QStringLiteral("reality"), itemPath, Need::Required);
            const auto sources = m_citations.parse(object, QStringLiteral("sources"), itemPath);
            if (!belief || !reality || !sources) {
                return std::nullopt;
            }
            StringPool &pool = m_context.strings();
            role.misconceptions.append({pool.intern(*belief), pool.intern(*reality), *sources});
            return *belief;
        });
}

} // namespace rolelens
