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

std::optional<QList<RoleLink>>
RoleListsParser::parseRoleLinks(const QJsonObject &object, const QString &key, const JsonPath &path)
{
    const auto items = m_reader.array(object, key, path, Need::Optional);
    if (!items) {
        return items.isInvalid() ? std::nullopt : std::optional<QList<RoleLink>>(QList<RoleLink>());
    }
    const JsonPath listPath = path.member(key);
    QList<RoleLink> links;
    bool ok = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const JsonPath itemPath = listPath.element(i);
        auto link = parseRoleLink(items->at(i), itemPath);
        if (!link) {
            ok = false;
        } else if (RoleLink::names(links, link->roleId)) {
            m_reader.error(itemPath, tr("\"%1\" is listed twice").arg(link->roleId));
            ok = false;
        } else {
            links.append(std::move(*link));
        }
    }
    return ok ? std::optional<QList<RoleLink>>(std::move(links)) : std::nullopt;
}

std::optional<RoleLink> RoleListsParser::parseRoleLink(const QJsonValue &value,
                                                       const JsonPath &path)
{
    StringPool &pool = m_context.strings();
    if (value.isString()) {
        const QString id = value.toString().trimmed();
        if (!JsonReader::isValidId(id)) {
            // The reader's own wording for a bad id, so that both forms say it alike.
            m_reader.error(path, QCoreApplication::translate(
                                     "JsonReader", "\"%1\" is not a valid id (lower-case "
                                                   "letters and digits joined by hyphens)")
                                     .arg(id));
            return std::nullopt;
        }
        m_context.reference(CatalogParseContext::ReferenceKind::Role, id, path);
        return RoleLink{pool.intern(id), {}, {}, {}};
    }
    if (!value.isObject()) {
        m_reader.error(path, tr("expected a role id or an object {role, label, condition, "
                                "sources}, found %1")
                                 .arg(JsonReader::typeName(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    static const QStringList allowedKeys =
        JsonReader::keys({"role", "label", "condition", "sources"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("role"), path);
    const auto label = m_reader.string(object, QStringLiteral("label"), path, Need::Optional);
    const auto condition =
        m_reader.string(object, QStringLiteral("condition"), path, Need::Optional);
    const auto sources = m_citations.parse(object, QStringLiteral("sources"), path);
    if (id) {
        m_context.reference(CatalogParseContext::ReferenceKind::Role, *id,
                            path.member(QStringLiteral("role")));
    }
    bool ok = id && sources && !label.isInvalid() && !condition.isInvalid();
    if (ok && label.valueOr(QString()).isEmpty() && condition.valueOr(QString()).isEmpty()) {
        // Sources with nothing to support: the plain id says the same.
        m_reader.error(path, tr("an object here needs a \"label\" or a \"condition\" for its "
                                "sources to support; write the plain role id otherwise"));
        ok = false;
    }
    if (!ok) {
        return std::nullopt;
    }
    return RoleLink{pool.intern(*id), pool.intern(label.valueOr(QString())),
                    pool.intern(condition.valueOr(QString())), *sources};
}

} // namespace rolelens
