#include "catalog/parsers/GoalsParser.h"

namespace rolelens {

using Need = JsonReader::Need;

GoalsParser::GoalsParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader())
{
}

void GoalsParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys =
        JsonReader::keys({"id", "label", "metrics", "tags", "horizon", "needsAdBudget"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !m_context.claimId(QStringLiteral("goal"), *id, path)) {
        return;
    }
    const auto label = m_reader.string(object, QStringLiteral("label"), path, Need::Required);
    const auto metrics =
        m_reader.stringList(object, QStringLiteral("metrics"), path, Need::Optional);
    const auto needsAds =
        m_reader.boolean(object, QStringLiteral("needsAdBudget"), path, Need::Optional);
    const auto tagObject = m_reader.object(object, QStringLiteral("tags"), path, Need::Optional);
    const auto horizon = m_reader.string(object, QStringLiteral("horizon"), path, Need::Optional);
    const QStringList &horizons = dimensions::vocabulary(Dimension::TimeHorizon);
    if (horizon && !horizons.contains(*horizon)) {
        m_reader.error(path.member(QStringLiteral("horizon")),
                       tr("expected one of: %1").arg(horizons.join(QStringLiteral(", "))));
        return;
    }
    bool ok = label && !horizon.isInvalid() && !metrics.isInvalid() && !needsAds.isInvalid() &&
              !tagObject.isInvalid();
    Goal goal;
    goal.id = *id;
    if (metrics) {
        for (qsizetype i = 0; i < metrics->size(); ++i) {
            m_context.reference(CatalogParseContext::ReferenceKind::Metric, metrics->at(i),
                                path.member(QStringLiteral("metrics")).element(i));
        }
        goal.metrics = *metrics;
    }
    if (tagObject) {
        const JsonPath tagsPath = path.member(QStringLiteral("tags"));
        for (auto it = tagObject->constBegin(); it != tagObject->constEnd(); ++it) {
            const JsonPath tagPath = tagsPath.member(it.key());
            const auto dimension = dimensions::fromKey(it.key());
            if (!dimension) {
                m_reader.error(tagPath, tr("unknown dimension \"%1\"").arg(it.key()));
                ok = false;
                continue;
            }
            if (!it.value().isString() ||
                !dimensions::vocabulary(*dimension).contains(it.value().toString())) {
                m_reader.error(
                    tagPath,
                    tr("expected one of the %1 tags: %2")
                        .arg(it.key(),
                             dimensions::vocabulary(*dimension).join(QStringLiteral(", "))));
                ok = false;
                continue;
            }
            goal.tags.append({*dimension, it.value().toString()});
        }
    }
    if (ok && goal.metrics.isEmpty() && goal.tags.isEmpty()) {
        m_reader.error(path, tr("a goal needs metrics or tags, or no role can serve it"));
        ok = false;
    }
    if (!ok) {
        return;
    }
    goal.label = *label;
    goal.horizon = horizon.valueOr(QString());
    goal.needsAdBudget = needsAds.valueOr(false);
    m_context.into().goals.append(std::move(goal));
}

} // namespace rolelens
