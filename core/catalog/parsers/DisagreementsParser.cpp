#include "catalog/parsers/DisagreementsParser.h"

namespace rolelens {

using Need = JsonReader::Need;

DisagreementsParser::DisagreementsParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader()), m_citations(context)
{
}

void DisagreementsParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = JsonReader::keys({"id", "topic", "roles", "positions"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !m_context.claimId(QStringLiteral("disagreement"), *id, path)) {
        return;
    }
    const auto topic = m_reader.string(object, QStringLiteral("topic"), path, Need::Required);
    const auto roles = m_context.roleReferences(object, QStringLiteral("roles"), path);
    const auto positions =
        m_reader.array(object, QStringLiteral("positions"), path, Need::Required);
    Disagreement disagreement;
    bool ok = topic && roles && positions;
    if (roles && roles->isEmpty()) {
        m_reader.error(path.member(QStringLiteral("roles")), tr("must name at least one role"));
        ok = false;
    }
    if (positions) {
        const JsonPath positionsPath = path.member(QStringLiteral("positions"));
        if (positions->size() < 2) {
            m_reader.error(positionsPath, tr("a disagreement needs at least two positions"));
            ok = false;
        }
        ok =
            m_context.forEachObject(
                *positions, positionsPath,
                [&](const QJsonObject &item, const JsonPath &itemPath) -> std::optional<QString> {
                    static const QStringList positionKeys =
                        JsonReader::keys({"view", "sources", "roles", "oneHire"});
                    m_reader.requireKnownKeys(item, itemPath, positionKeys);
                    const auto view =
                        m_reader.string(item, QStringLiteral("view"), itemPath, Need::Required);
                    const auto sources =
                        m_citations.parse(item, QStringLiteral("sources"), itemPath);
                    const auto positionRoles =
                        m_context.roleReferences(item, QStringLiteral("roles"), itemPath);
                    const auto oneHire = m_reader.enumeration(
                        item, QStringLiteral("oneHire"), itemPath, Need::Optional,
                        Disagreement::oneHireKeys(), [](const QString &key) {
                            return tr("unknown oneHire \"%1\" (expected possible or "
                                      "warned-against)")
                                .arg(key);
                        });
                    if (!view || !sources || !positionRoles || oneHire.isInvalid()) {
                        return std::nullopt;
                    }
                    disagreement.positions.append({*view, *sources, *positionRoles,
                                                   oneHire.valueOr(Disagreement::OneHire::Unsaid)});
                    return *view;
                }) &&
            ok;
    }
    if (!ok) {
        return;
    }
    disagreement.id = *id;
    disagreement.topic = *topic;
    disagreement.roleIds = *roles;
    m_context.into().disagreements.append(std::move(disagreement));
}

} // namespace rolelens
