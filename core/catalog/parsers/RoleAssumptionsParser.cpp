#include "catalog/parsers/RoleAssumptionsParser.h"

namespace rolelens {

using Need = JsonReader::Need;

RoleAssumptionsParser::RoleAssumptionsParser(CatalogParseContext &context)
    : m_reader(context.reader()), m_citations(context)
{
}

bool RoleAssumptionsParser::parseExpectedResults(const QJsonObject &object, const JsonPath &path,
                                                 Role &role)
{
    static const QStringList allowedKeys = JsonReader::keys(
        {"startDelayWeeks", "rampWeeks", "holdWeeks", "decayHalfLifeWeeks", "sources"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto start =
        m_reader.number(object, QStringLiteral("startDelayWeeks"), path, Need::Required);
    const auto ramp = m_reader.number(object, QStringLiteral("rampWeeks"), path, Need::Required);
    const auto hold = m_reader.number(object, QStringLiteral("holdWeeks"), path, Need::Optional);
    const auto halfLife =
        m_reader.number(object, QStringLiteral("decayHalfLifeWeeks"), path, Need::Optional);
    const auto sources = m_citations.parse(object, QStringLiteral("sources"), path);
    bool ok = start && ramp && sources;
    // Checked after every field is read, so that their messages come first. The message
    // spells the limit out, as do its translations: a new limit needs new wording.
    static_assert(ResultCurve::kMaxWeeks == 520.0);
    const auto checkWeeks = [&](const JsonField<double> &value, const QString &key,
                                bool includesZero) {
        const JsonReader::Range<double> range{0.0, ResultCurve::kMaxWeeks, includesZero};
        ok = m_reader.checkRange(value, key, path, range, [&](double weeks) {
            return tr("%1 weeks is out of range (expected %2 %3 to 520)")
                .arg(weeks)
                .arg(includesZero ? tr("from") : tr("more than"))
                .arg(range.minimum);
        }) && ok;
    };
    checkWeeks(start, QStringLiteral("startDelayWeeks"), true);
    checkWeeks(ramp, QStringLiteral("rampWeeks"), false);
    checkWeeks(hold, QStringLiteral("holdWeeks"), true);
    checkWeeks(halfLife, QStringLiteral("decayHalfLifeWeeks"), false);
    if (hold && !halfLife) {
        m_reader.error(path.member(QStringLiteral("holdWeeks")),
                       tr("holdWeeks needs decayHalfLifeWeeks (without decay the effect lasts)"));
        ok = false;
    }
    if (!ok) {
        return false;
    }
    role.expectedResults =
        ResultCurve{*start, *ramp, hold.valueOr(0.0), halfLife.toOptional(), *sources};
    return true;
}

bool RoleAssumptionsParser::parseAudienceGrowth(const QJsonObject &object, const JsonPath &path,
                                                Role &role)
{
    static const QStringList allowedKeys =
        JsonReader::keys({"lowPercentPerMonth", "highPercentPerMonth", "sources"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto low =
        m_reader.number(object, QStringLiteral("lowPercentPerMonth"), path, Need::Required);
    const auto high =
        m_reader.number(object, QStringLiteral("highPercentPerMonth"), path, Need::Required);
    const auto sources = m_citations.parse(object, QStringLiteral("sources"), path);
    if (!low || !high || !sources) {
        return false;
    }
    // The message spells the limit out, as do its translations: a new limit needs new wording.
    static_assert(GrowthAssumption::kMaxPercentPerMonth == 1000);
    if (*low < 0 || *high > GrowthAssumption::kMaxPercentPerMonth || *low > *high) {
        m_reader.error(path, tr("expected 0 <= lowPercentPerMonth <= highPercentPerMonth <= "
                                "1000, found %1 and %2")
                                 .arg(*low)
                                 .arg(*high));
        return false;
    }
    role.audienceGrowth = GrowthAssumption{*low, *high, *sources};
    return true;
}

} // namespace rolelens
