#include "catalog/parsers/WorkKindsParser.h"

namespace rolelens {

using Need = JsonReader::Need;

WorkKindsParser::WorkKindsParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader())
{
}

void WorkKindsParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = JsonReader::keys({"id", "question", "sides"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !m_context.claimId(QStringLiteral("work kind"), *id, path)) {
        return;
    }
    const auto question = m_reader.string(object, QStringLiteral("question"), path, Need::Required);
    const auto sides = m_reader.array(object, QStringLiteral("sides"), path, Need::Required);
    if (!question || !sides) {
        return;
    }
    const JsonPath sidesPath = path.member(QStringLiteral("sides"));
    if (sides->size() != WorkKind::kSides) {
        m_reader.error(sidesPath,
                       tr("expected %1 sides, found %2").arg(WorkKind::kSides).arg(sides->size()));
        return;
    }
    WorkKind kind{*id, *question, {}};
    const bool ok = m_context.forEachObject(
        *sides, sidesPath,
        [&](const QJsonObject &item, const JsonPath &itemPath) -> std::optional<QString> {
            auto side = parseSide(item, itemPath);
            if (!side) {
                return std::nullopt;
            }
            if (const QString other = m_sideKinds.value(side->id); !other.isEmpty()) {
                m_reader.error(
                    itemPath.member(QStringLiteral("id")),
                    tr("\"%1\" is already a side of the work kind \"%2\"").arg(side->id, other));
                return std::nullopt;
            }
            kind.sides.append(*side);
            return side->id;
        });
    if (ok) {
        for (const WorkKind::Side &side : std::as_const(kind.sides)) {
            m_sideKinds.insert(side.id, kind.id);
        }
        m_context.into().workKinds.append(std::move(kind));
    }
}

std::optional<WorkKind::Side> WorkKindsParser::parseSide(const QJsonObject &object,
                                                         const JsonPath &path)
{
    static const QStringList allowedKeys = JsonReader::keys({"id", "label", "anyOf"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    const auto label = m_reader.string(object, QStringLiteral("label"), path, Need::Required);
    const auto tags = m_reader.object(object, QStringLiteral("anyOf"), path, Need::Required);
    if (!id || !label || !tags) {
        return std::nullopt;
    }
    WorkKind::Side side{*id, *label, {}};
    if (!parseTags(*tags, path.member(QStringLiteral("anyOf")), side)) {
        return std::nullopt;
    }
    return side;
}

bool WorkKindsParser::parseTags(const QJsonObject &tags, const JsonPath &path, WorkKind::Side &side)
{
    bool ok = true;
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it) {
        const JsonPath tagsPath = path.member(it.key());
        const auto dimension = dimensions::fromKey(it.key());
        if (!dimension) {
            m_reader.error(tagsPath, tr("unknown dimension \"%1\"").arg(it.key()));
            ok = false;
            continue;
        }
        const QStringList &vocabulary = dimensions::vocabulary(*dimension);
        const auto list = m_reader.stringList(tags, it.key(), path, Need::Required);
        if (!list) {
            ok = false;
            continue;
        }
        for (qsizetype i = 0; i < list->size(); ++i) {
            if (!vocabulary.contains(list->at(i))) {
                m_reader.error(tagsPath.element(i),
                               tr("expected one of the %1 tags: %2")
                                   .arg(it.key(), vocabulary.join(QStringLiteral(", "))));
                ok = false;
                continue;
            }
            side.anyOf.append({*dimension, list->at(i)});
        }
    }
    if (ok && side.anyOf.isEmpty()) {
        m_reader.error(path, tr("a side needs at least one tag, or no role involves it"));
        ok = false;
    }
    return ok;
}

} // namespace rolelens
