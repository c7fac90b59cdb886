#include "catalog/parsers/RolesParser.h"

namespace rolelens {

using Need = JsonReader::Need;

RolesParser::RolesParser(CatalogParseContext &context)
    : m_context(context), m_reader(context.reader()), m_citations(context), m_dimensions(context),
      m_lists(context), m_metricUses(context), m_assumptions(context)
{
}

void RolesParser::parse(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = JsonReader::keys(
        {"id", "title", "aliases", "category", "summary", "summarySources", "dimensions",
         "responsibilities", "skills", "metrics", "reportsTo", "supervises", "notResponsibleFor",
         "misconceptions", "expectedResults", "audienceGrowth"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !m_context.claimId(QStringLiteral("role"), *id, path)) {
        return;
    }
    Role role;
    role.id = *id;
    const auto title = m_reader.string(object, QStringLiteral("title"), path, Need::Required);
    const auto aliases =
        m_reader.stringList(object, QStringLiteral("aliases"), path, Need::Optional);
    const auto category = m_reader.string(object, QStringLiteral("category"), path, Need::Required);
    const auto summary = m_reader.string(object, QStringLiteral("summary"), path, Need::Required);
    const auto summarySources = m_citations.parse(object, QStringLiteral("summarySources"), path);
    const auto dimensionsObject =
        m_reader.object(object, QStringLiteral("dimensions"), path, Need::Required);
    const bool dimensionsOk =
        dimensionsObject &&
        m_dimensions.parse(*dimensionsObject, path.member(QStringLiteral("dimensions")), role);

    const auto listOf = [&](const QString &key, auto parseList) {
        const auto items = m_reader.array(object, key, path, Need::Required);
        if (!items) {
            return false;
        }
        if (items->isEmpty()) {
            m_reader.error(path.member(key), tr("must list at least one entry"));
            return false;
        }
        return parseList(*items, path.member(key));
    };
    const bool responsibilitiesOk = listOf(
        QStringLiteral("responsibilities"), [&](const QJsonArray &items, const JsonPath &at) {
            return m_lists.parseResponsibilities(items, at, role);
        });
    const bool skillsOk =
        listOf(QStringLiteral("skills"), [&](const QJsonArray &items, const JsonPath &at) {
            return m_lists.parseSkills(items, at, role);
        });
    const bool metricsOk =
        listOf(QStringLiteral("metrics"), [&](const QJsonArray &items, const JsonPath &at) {
            return m_metricUses.parse(items, at, role);
        });

    const auto reportsTo = m_lists.parseRoleLinks(object, QStringLiteral("reportsTo"), path);
    const auto supervises = m_lists.parseRoleLinks(object, QStringLiteral("supervises"), path);

    // A list of the wrong type fails the file but, unlike every other field, keeps the role
    // in its results, so that references to the role report nothing more.
    bool exclusionsOk = true;
    if (const auto items =
            m_reader.array(object, QStringLiteral("notResponsibleFor"), path, Need::Optional)) {
        exclusionsOk =
            m_lists.parseExclusions(*items, path.member(QStringLiteral("notResponsibleFor")), role);
    }
    bool misconceptionsOk = true;
    if (const auto items =
            m_reader.array(object, QStringLiteral("misconceptions"), path, Need::Optional)) {
        misconceptionsOk = m_lists.parseMisconceptions(
            *items, path.member(QStringLiteral("misconceptions")), role);
    }

    const auto curve =
        m_reader.object(object, QStringLiteral("expectedResults"), path, Need::Optional);
    const bool expectedResultsOk =
        curve ? m_assumptions.parseExpectedResults(
                    *curve, path.member(QStringLiteral("expectedResults")), role)
              : !curve.isInvalid();
    const auto growth =
        m_reader.object(object, QStringLiteral("audienceGrowth"), path, Need::Optional);
    const bool audienceGrowthOk =
        growth ? m_assumptions.parseAudienceGrowth(
                     *growth, path.member(QStringLiteral("audienceGrowth")), role)
               : !growth.isInvalid();

    if (!expectedResultsOk || !audienceGrowthOk || !title || !category || !summary ||
        !summarySources || !dimensionsOk || !responsibilitiesOk || !skillsOk || !metricsOk ||
        !reportsTo || !supervises || !exclusionsOk || !misconceptionsOk || aliases.isInvalid()) {
        return;
    }
    StringPool &pool = m_context.strings();
    role.title = *title;
    role.aliases = aliases.valueOr(QStringList());
    role.category = pool.intern(*category);
    role.summary = *summary;
    role.summarySources = *summarySources;
    role.reportsTo = std::move(*reportsTo);
    role.supervises = std::move(*supervises);
    m_context.into().roles.append(std::move(role));
}

} // namespace rolelens
