#include "catalog/CatalogFileParser.h"

#include <QCoreApplication>

namespace rolelens {
namespace {

using Need = JsonReader::Need;
constexpr auto keys = &JsonReader::keys;

} // namespace

CatalogFileParser::CatalogFileParser(CatalogLoader::ParsedFile &into, StringPool &strings,
                                     std::stop_token stop)
    : m_into(into), m_strings(strings), m_stop(std::move(stop)),
      m_reader(into.fileName, into.errors)
{
}

void CatalogFileParser::parse(const QByteArray &bytes)
{
    const auto root = m_reader.parseObject(bytes);
    if (!root) {
        return;
    }
    const JsonPath path = QStringLiteral("$");
    static const QStringList allowedKeys = keys(
        {"format", "version", "sources", "metrics", "roles", "disagreements", "goals", "tasks"});
    m_reader.requireKnownKeys(*root, path, allowedKeys);
    const auto format = m_reader.string(*root, QStringLiteral("format"), path, Need::Required);
    if (format && *format != QLatin1String("rolelens-catalog")) {
        m_reader.error(path.member(QStringLiteral("format")),
                       tr("expected \"rolelens-catalog\", found \"%1\"").arg(*format));
        return;
    }
    const auto version = m_reader.integer(*root, QStringLiteral("version"), path, Need::Required);
    if (version && *version != CatalogLoader::kFormatVersion) {
        m_reader.error(path.member(QStringLiteral("version")),
                       tr("version %1 is not supported (this program reads version %2)")
                           .arg(*version)
                           .arg(CatalogLoader::kFormatVersion));
        return;
    }
    if (!format || !version) {
        return;
    }

    const auto section = [&](const char *name, auto parseItem) {
        const QString key = QString::fromLatin1(name);
        const auto items = m_reader.array(*root, key, path, Need::Optional);
        if (!items) {
            return;
        }
        const JsonPath sectionPath = path.member(key);
        for (qsizetype i = 0; i < items->size() && !m_stop.stop_requested(); ++i) {
            // Written out once per entry, so that the paths of everything inside it, stored
            // with every cross-reference, need few steps of their own.
            const JsonPath itemPath(sectionPath.element(i).toString());
            if (const auto object = m_reader.elementObject(items->at(i), itemPath)) {
                (this->*parseItem)(*object, itemPath);
            }
        }
    };
    section("sources", &CatalogFileParser::parseSource);
    section("metrics", &CatalogFileParser::parseMetric);
    section("roles", &CatalogFileParser::parseRole);
    section("disagreements", &CatalogFileParser::parseDisagreement);
    section("goals", &CatalogFileParser::parseGoal);
    section("tasks", &CatalogFileParser::parseTask);
}

bool CatalogFileParser::claimId(const QString &kind, const QString &id, const JsonPath &path)
{
    const QString owner = kind + QLatin1Char(' ') + id;
    if (m_idsInFile.contains(owner)) {
        m_reader.error(path.member(QStringLiteral("id")),
                       tr("duplicate %1 id \"%2\" in this file").arg(kind, id));
        return false;
    }
    m_idsInFile.insert(owner);
    m_owner = owner;
    m_into.claims.append({owner, path});
    return true;
}

void CatalogFileParser::reference(CatalogLoader::Reference::Kind kind, const QString &id,
                                  const JsonPath &path, bool hasQuote)
{
    CatalogLoader::Reference ref;
    ref.kind = kind;
    ref.hasQuote = hasQuote;
    ref.file = m_into.fileIndex;
    ref.id = id;
    ref.owner = m_owner;
    ref.prefix = path.prefix();
    ref.stepCount = static_cast<quint8>(path.stepCount());
    for (int i = 0; i < path.stepCount(); ++i) {
        quint32 code = 0;
        if (path.stepIndex(i) >= 0) {
            code = CatalogLoader::Reference::kElement | static_cast<quint32>(path.stepIndex(i));
        } else {
            const QString &key = path.stepKey(i);
            const auto known = m_pathKeyIndex.constFind(key.constData());
            if (known != m_pathKeyIndex.constEnd() && m_into.pathKeys.at(*known) == key) {
                code = *known;
            } else {
                code = static_cast<quint32>(m_into.pathKeys.size());
                m_into.pathKeys.append(key);
                m_pathKeyIndex.insert(key.constData(), code);
            }
        }
        ref.steps[static_cast<std::size_t>(i)] = code;
    }
    m_into.references.append(std::move(ref));
}

void CatalogFileParser::parseSource(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = keys({"id", "kind", "title", "publisher", "note"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    Source source;
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    const auto kind = m_reader.string(object, QStringLiteral("kind"), path, Need::Required);
    const auto title = m_reader.string(object, QStringLiteral("title"), path, Need::Required);
    source.publisher = m_reader.string(object, QStringLiteral("publisher"), path, Need::Optional)
                           .value_or(QString());
    source.note =
        m_reader.string(object, QStringLiteral("note"), path, Need::Optional).value_or(QString());
    bool kindKnown = false;
    if (kind) {
        for (const auto candidate :
             {Source::Kind::Article, Source::Kind::GeneralPractice, Source::Kind::Illustrative}) {
            if (*kind == Source::kindKey(candidate)) {
                source.kind = candidate;
                kindKnown = true;
            }
        }
        if (!kindKnown) {
            m_reader.error(path.member(QStringLiteral("kind")),
                           tr("unknown source kind \"%1\" (expected article, "
                              "general-practice or illustrative)")
                               .arg(*kind));
        }
    }
    if (!id || !kindKnown || !title || !claimId(QStringLiteral("source"), *id, path)) {
        return;
    }
    source.id = *id;
    source.title = *title;
    m_into.sources.append(std::move(source));
}

void CatalogFileParser::parseMetric(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys =
        keys({"id", "name", "definition", "formula", "unit", "higherIsBetter", "sources"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !claimId(QStringLiteral("metric"), *id, path)) {
        return;
    }
    const auto name = m_reader.string(object, QStringLiteral("name"), path, Need::Required);
    const auto definition =
        m_reader.string(object, QStringLiteral("definition"), path, Need::Required);
    const auto formula = m_reader.string(object, QStringLiteral("formula"), path, Need::Optional);
    const auto unit = m_reader.string(object, QStringLiteral("unit"), path, Need::Required);
    const auto higher =
        m_reader.boolean(object, QStringLiteral("higherIsBetter"), path, Need::Required);
    const auto sources = citations(object, QStringLiteral("sources"), path);
    if (!name || !definition || !unit || !higher || !sources) {
        return;
    }
    m_into.metrics.append(
        {*id, *name, *definition, formula.value_or(QString()), *unit, *higher, *sources});
}

void CatalogFileParser::parseRole(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys =
        keys({"id", "title", "aliases", "category", "summary", "summarySources", "dimensions",
              "responsibilities", "skills", "metrics", "reportsTo", "supervises",
              "notResponsibleFor", "misconceptions", "expectedResults", "audienceGrowth"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !claimId(QStringLiteral("role"), *id, path)) {
        return;
    }
    Role role;
    role.id = *id;
    const auto title = m_reader.string(object, QStringLiteral("title"), path, Need::Required);
    const auto aliases =
        m_reader.stringList(object, QStringLiteral("aliases"), path, Need::Optional);
    const auto category = m_reader.string(object, QStringLiteral("category"), path, Need::Required);
    const auto summary = m_reader.string(object, QStringLiteral("summary"), path, Need::Required);
    const auto summarySources = citations(object, QStringLiteral("summarySources"), path);
    const auto dimensionsObject =
        m_reader.object(object, QStringLiteral("dimensions"), path, Need::Required);
    const bool dimensionsOk =
        dimensionsObject &&
        parseDimensions(*dimensionsObject, path.member(QStringLiteral("dimensions")), role);

    const auto listOf = [&](const QString &key, auto parseList) {
        const auto items = m_reader.array(object, key, path, Need::Required);
        if (!items) {
            return false;
        }
        if (items->isEmpty()) {
            m_reader.error(path.member(key), tr("must list at least one entry"));
            return false;
        }
        return (this->*parseList)(*items, path.member(key), role);
    };
    const bool responsibilitiesOk =
        listOf(QStringLiteral("responsibilities"), &CatalogFileParser::parseResponsibilities);
    const bool skillsOk = listOf(QStringLiteral("skills"), &CatalogFileParser::parseSkills);
    const bool metricsOk = listOf(QStringLiteral("metrics"), &CatalogFileParser::parseMetricUses);

    const auto reportsTo = roleReferences(object, QStringLiteral("reportsTo"), path);
    const auto supervises = roleReferences(object, QStringLiteral("supervises"), path);

    bool exclusionsOk = true;
    if (const auto items =
            m_reader.array(object, QStringLiteral("notResponsibleFor"), path, Need::Optional)) {
        exclusionsOk =
            parseExclusions(*items, path.member(QStringLiteral("notResponsibleFor")), role);
    }
    bool misconceptionsOk = true;
    if (const auto items =
            m_reader.array(object, QStringLiteral("misconceptions"), path, Need::Optional)) {
        misconceptionsOk =
            parseMisconceptions(*items, path.member(QStringLiteral("misconceptions")), role);
    }

    bool expectedResultsOk = true;
    if (const auto curve =
            m_reader.object(object, QStringLiteral("expectedResults"), path, Need::Optional)) {
        expectedResultsOk =
            parseExpectedResults(*curve, path.member(QStringLiteral("expectedResults")), role);
    } else if (object.contains(QStringLiteral("expectedResults"))) {
        expectedResultsOk = false;
    }

    bool audienceGrowthOk = true;
    if (const auto growth =
            m_reader.object(object, QStringLiteral("audienceGrowth"), path, Need::Optional)) {
        audienceGrowthOk =
            parseAudienceGrowth(*growth, path.member(QStringLiteral("audienceGrowth")), role);
    } else if (object.contains(QStringLiteral("audienceGrowth"))) {
        audienceGrowthOk = false;
    }

    if (!expectedResultsOk || !audienceGrowthOk || !title || !category || !summary ||
        !summarySources || !dimensionsOk || !responsibilitiesOk || !skillsOk || !metricsOk ||
        !reportsTo || !supervises || !exclusionsOk || !misconceptionsOk ||
        (object.contains(QStringLiteral("aliases")) && !aliases)) {
        return;
    }
    role.title = *title;
    role.aliases = aliases.value_or(QStringList());
    role.category = m_strings.intern(*category);
    role.summary = *summary;
    role.summarySources = *summarySources;
    role.reportsTo = *reportsTo;
    role.supervises = *supervises;
    m_into.roles.append(std::move(role));
}

bool CatalogFileParser::parseDimensions(const QJsonObject &object, const JsonPath &path, Role &role)
{
    static const QStringList allowed = [] {
        QStringList keys;
        for (const auto dimension : dimensions::all()) {
            keys.append(dimensions::key(dimension));
        }
        return keys;
    }();
    m_reader.requireKnownKeys(object, path, allowed);
    bool ok = true;
    for (const auto dimension : dimensions::all()) {
        const QString key = dimensions::key(dimension);
        const auto entry = m_reader.object(object, key, path, Need::Required);
        if (!entry) {
            ok = false;
            continue;
        }
        const JsonPath entryPath = path.member(key);
        static const QStringList allowedKeys = keys({"text", "tags", "sources"});
        m_reader.requireKnownKeys(*entry, entryPath, allowedKeys);
        const auto text =
            m_reader.string(*entry, QStringLiteral("text"), entryPath, Need::Required);
        const auto tags =
            m_reader.stringList(*entry, QStringLiteral("tags"), entryPath, Need::Required);
        const auto sources = citations(*entry, QStringLiteral("sources"), entryPath);
        bool tagsOk = tags.has_value();
        if (tags) {
            const JsonPath tagsPath = entryPath.member(QStringLiteral("tags"));
            if (tags->isEmpty()) {
                m_reader.error(tagsPath, tr("must list at least one tag"));
                tagsOk = false;
            }
            for (qsizetype i = 0; i < tags->size(); ++i) {
                const QString &tag = tags->at(i);
                if (!dimensions::vocabulary(dimension).contains(tag)) {
                    m_reader.error(
                        tagsPath.element(i),
                        tr("unknown tag \"%1\" for %2 (expected one of: %3)")
                            .arg(tag, key,
                                 dimensions::vocabulary(dimension).join(QStringLiteral(", "))));
                    tagsOk = false;
                } else if (tags->indexOf(tag) != i) {
                    m_reader.error(tagsPath.element(i), tr("tag \"%1\" is listed twice").arg(tag));
                    tagsOk = false;
                }
            }
        }
        if (!text || !tagsOk || !sources) {
            ok = false;
            continue;
        }
        role.dimensions.insert(dimension, {*text, m_strings.intern(*tags), *sources});
    }
    return ok;
}

template <typename ParseItem>
bool CatalogFileParser::forEachObject(const QJsonArray &items, const JsonPath &path,
                                      ParseItem parseItem)
{
    bool ok = true;
    QStringList seen;
    seen.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const JsonPath itemPath = path.element(i);
        const auto object = m_reader.elementObject(items.at(i), itemPath);
        if (!object) {
            ok = false;
            continue;
        }
        const std::optional<QString> key = parseItem(*object, itemPath);
        if (!key) {
            ok = false;
        } else if (!key->isEmpty()) {
            if (seen.contains(*key)) {
                m_reader.error(itemPath, tr("\"%1\" is listed twice").arg(*key));
                ok = false;
            }
            seen.append(*key);
        }
    }
    return ok;
}

template <typename Item>
bool CatalogFileParser::parseNamedItems(const QJsonArray &items, const JsonPath &path,
                                        QList<Item> &into)
{
    into.reserve(into.size() + items.size()); // no spare capacity kept for every role
    return forEachObject(
        items, path,
        [&](const QJsonObject &object, const JsonPath &itemPath) -> std::optional<QString> {
            static const QStringList allowedKeys = keys({"id", "name", "description", "sources"});
            m_reader.requireKnownKeys(object, itemPath, allowedKeys);
            const auto id = m_reader.id(object, QStringLiteral("id"), itemPath);
            const auto name =
                m_reader.string(object, QStringLiteral("name"), itemPath, Need::Required);
            const auto description =
                m_reader.string(object, QStringLiteral("description"), itemPath, Need::Optional);
            const auto sources = citations(object, QStringLiteral("sources"), itemPath);
            if (!id || !name || !sources) {
                return std::nullopt;
            }
            StringPool &pool = m_strings;
            into.append(Item{pool.intern(*id), pool.intern(*name),
                             pool.intern(description.value_or(QString())), *sources});
            return *id;
        });
}

bool CatalogFileParser::parseResponsibilities(const QJsonArray &items, const JsonPath &path,
                                              Role &role)
{
    return parseNamedItems(items, path, role.responsibilities);
}

bool CatalogFileParser::parseSkills(const QJsonArray &items, const JsonPath &path, Role &role)
{
    return parseNamedItems(items, path, role.skills);
}

bool CatalogFileParser::parseMetricUses(const QJsonArray &items, const JsonPath &path, Role &role)
{
    role.metrics.reserve(items.size());
    return forEachObject(
        items, path,
        [&](const QJsonObject &object, const JsonPath &itemPath) -> std::optional<QString> {
            static const QStringList allowedKeys = keys({"metric", "emphasis", "weight", "basis"});
            m_reader.requireKnownKeys(object, itemPath, allowedKeys);
            const auto metric = m_reader.id(object, QStringLiteral("metric"), itemPath);
            const auto emphasis =
                m_reader.string(object, QStringLiteral("emphasis"), itemPath, Need::Required);
            const auto weight =
                m_reader.integer(object, QStringLiteral("weight"), itemPath, Need::Required);
            const auto basis = citations(object, QStringLiteral("basis"), itemPath);
            MetricUse use;
            bool ok = metric && emphasis && weight && basis;
            if (emphasis) {
                if (*emphasis == MetricUse::emphasisKey(MetricUse::Emphasis::Primary)) {
                    use.emphasis = MetricUse::Emphasis::Primary;
                } else if (*emphasis == MetricUse::emphasisKey(MetricUse::Emphasis::Secondary)) {
                    use.emphasis = MetricUse::Emphasis::Secondary;
                } else {
                    m_reader.error(itemPath.member(QStringLiteral("emphasis")),
                                   tr("unknown emphasis \"%1\" (expected primary or secondary)")
                                       .arg(*emphasis));
                    ok = false;
                }
            }
            if (weight && (*weight < 1 || *weight > 5)) {
                m_reader.error(itemPath.member(QStringLiteral("weight")),
                               tr("weight %1 is out of range (expected 1 to 5)").arg(*weight));
                ok = false;
            }
            if (metric) {
                reference(CatalogLoader::Reference::Kind::Metric, *metric,
                          itemPath.member(QStringLiteral("metric")));
            }
            if (!ok) {
                return std::nullopt;
            }
            use.metricId = m_strings.intern(*metric);
            use.weight = *weight;
            use.basis = *basis;
            role.metrics.append(use);
            return *metric;
        });
}

bool CatalogFileParser::parseExclusions(const QJsonArray &items, const JsonPath &path, Role &role)
{
    return forEachObject(
        items, path,
        [&](const QJsonObject &object, const JsonPath &itemPath) -> std::optional<QString> {
            static const QStringList allowedKeys = keys({"task", "handledBy", "sources"});
            m_reader.requireKnownKeys(object, itemPath, allowedKeys);
            const auto task =
                m_reader.string(object, QStringLiteral("task"), itemPath, Need::Required);
            const auto handledBy = m_reader.id(object, QStringLiteral("handledBy"), itemPath);
            const auto sources = citations(object, QStringLiteral("sources"), itemPath);
            if (handledBy) {
                reference(CatalogLoader::Reference::Kind::Role, *handledBy,
                          itemPath.member(QStringLiteral("handledBy")));
            }
            if (!task || !handledBy || !sources) {
                return std::nullopt;
            }
            role.notResponsibleFor.append(
                {m_strings.intern(*task), m_strings.intern(*handledBy), *sources});
            return *task;
        });
}

bool CatalogFileParser::parseExpectedResults(const QJsonObject &object, const JsonPath &path,
                                             Role &role)
{
    static const QStringList allowedKeys =
        keys({"startDelayWeeks", "rampWeeks", "holdWeeks", "decayHalfLifeWeeks", "sources"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto start =
        m_reader.number(object, QStringLiteral("startDelayWeeks"), path, Need::Required);
    const auto ramp = m_reader.number(object, QStringLiteral("rampWeeks"), path, Need::Required);
    const auto hold = m_reader.number(object, QStringLiteral("holdWeeks"), path, Need::Optional);
    const auto halfLife =
        m_reader.number(object, QStringLiteral("decayHalfLifeWeeks"), path, Need::Optional);
    const auto sources = citations(object, QStringLiteral("sources"), path);
    bool ok = start && ramp && sources;
    const auto requireRange = [&](const std::optional<double> &value, const char *key,
                                  double minimum, bool inclusive) {
        if (value && (*value > 520.0 || (inclusive ? *value < minimum : *value <= minimum))) {
            m_reader.error(path.member(QString::fromLatin1(key)),
                           tr("%1 weeks is out of range (expected %2 %3 to 520)")
                               .arg(*value)
                               .arg(inclusive ? tr("from") : tr("more than"))
                               .arg(minimum));
            ok = false;
        }
    };
    requireRange(start, "startDelayWeeks", 0.0, true);
    requireRange(ramp, "rampWeeks", 0.0, false);
    requireRange(hold, "holdWeeks", 0.0, true);
    requireRange(halfLife, "decayHalfLifeWeeks", 0.0, false);
    if (hold && !halfLife) {
        m_reader.error(path.member(QStringLiteral("holdWeeks")),
                       tr("holdWeeks needs decayHalfLifeWeeks (without decay the effect lasts)"));
        ok = false;
    }
    if (!ok) {
        return false;
    }
    role.expectedResults = ResultCurve{*start, *ramp, hold.value_or(0.0), halfLife, *sources};
    return true;
}

bool CatalogFileParser::parseAudienceGrowth(const QJsonObject &object, const JsonPath &path,
                                            Role &role)
{
    static const QStringList allowedKeys =
        keys({"lowPercentPerMonth", "highPercentPerMonth", "sources"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto low =
        m_reader.number(object, QStringLiteral("lowPercentPerMonth"), path, Need::Required);
    const auto high =
        m_reader.number(object, QStringLiteral("highPercentPerMonth"), path, Need::Required);
    const auto sources = citations(object, QStringLiteral("sources"), path);
    if (!low || !high || !sources) {
        return false;
    }
    if (*low < 0 || *high > 1000 || *low > *high) {
        m_reader.error(path, tr("expected 0 <= lowPercentPerMonth <= highPercentPerMonth <= "
                                "1000, found %1 and %2")
                                 .arg(*low)
                                 .arg(*high));
        return false;
    }
    role.audienceGrowth = GrowthAssumption{*low, *high, *sources};
    return true;
}

void CatalogFileParser::parseGoal(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys =
        keys({"id", "label", "metrics", "tags", "horizon", "needsAdBudget"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !claimId(QStringLiteral("goal"), *id, path)) {
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
    bool ok = label && (horizon || !object.contains(QStringLiteral("horizon"))) &&
              (metrics || !object.contains(QStringLiteral("metrics"))) &&
              (needsAds || !object.contains(QStringLiteral("needsAdBudget"))) &&
              (tagObject || !object.contains(QStringLiteral("tags")));
    Goal goal;
    goal.id = *id;
    if (metrics) {
        for (qsizetype i = 0; i < metrics->size(); ++i) {
            reference(CatalogLoader::Reference::Kind::Metric, metrics->at(i),
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
    goal.horizon = horizon.value_or(QString());
    goal.needsAdBudget = needsAds.value_or(false);
    m_into.goals.append(std::move(goal));
}

void CatalogFileParser::parseTask(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys =
        keys({"id", "label", "responsibilities", "handledBy", "needsAdBudget"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !claimId(QStringLiteral("task"), *id, path)) {
        return;
    }
    const auto label = m_reader.string(object, QStringLiteral("label"), path, Need::Required);
    const auto responsibilities =
        m_reader.stringList(object, QStringLiteral("responsibilities"), path, Need::Required);
    const auto handledBy = m_reader.id(object, QStringLiteral("handledBy"), path);
    const auto needsAds =
        m_reader.boolean(object, QStringLiteral("needsAdBudget"), path, Need::Optional);
    if (!label || !responsibilities || !handledBy ||
        (!needsAds && object.contains(QStringLiteral("needsAdBudget")))) {
        return;
    }
    if (responsibilities->isEmpty()) {
        m_reader.error(path.member(QStringLiteral("responsibilities")),
                       tr("must list at least one entry"));
        return;
    }
    reference(CatalogLoader::Reference::Kind::Role, *handledBy,
              path.member(QStringLiteral("handledBy")));
    m_into.tasks.append({*id, *label, *responsibilities, *handledBy, needsAds.value_or(false)});
}

bool CatalogFileParser::parseMisconceptions(const QJsonArray &items, const JsonPath &path,
                                            Role &role)
{
    return forEachObject(
        items, path,
        [&](const QJsonObject &object, const JsonPath &itemPath) -> std::optional<QString> {
            static const QStringList allowedKeys = keys({"belief", "reality", "sources"});
            m_reader.requireKnownKeys(object, itemPath, allowedKeys);
            const auto belief =
                m_reader.string(object, QStringLiteral("belief"), itemPath, Need::Required);
            const auto reality =
                m_reader.string(object, QStringLiteral("reality"), itemPath, Need::Required);
            const auto sources = citations(object, QStringLiteral("sources"), itemPath);
            if (!belief || !reality || !sources) {
                return std::nullopt;
            }
            role.misconceptions.append(
                {m_strings.intern(*belief), m_strings.intern(*reality), *sources});
            return *belief;
        });
}

void CatalogFileParser::parseDisagreement(const QJsonObject &object, const JsonPath &path)
{
    static const QStringList allowedKeys = keys({"id", "topic", "roles", "positions"});
    m_reader.requireKnownKeys(object, path, allowedKeys);
    const auto id = m_reader.id(object, QStringLiteral("id"), path);
    if (!id || !claimId(QStringLiteral("disagreement"), *id, path)) {
        return;
    }
    const auto topic = m_reader.string(object, QStringLiteral("topic"), path, Need::Required);
    const auto roles = roleReferences(object, QStringLiteral("roles"), path);
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
        ok = forEachObject(
                 *positions, positionsPath,
                 [&](const QJsonObject &item, const JsonPath &itemPath) -> std::optional<QString> {
                     static const QStringList positionKeys = keys({"view", "sources"});
                     m_reader.requireKnownKeys(item, itemPath, positionKeys);
                     const auto view =
                         m_reader.string(item, QStringLiteral("view"), itemPath, Need::Required);
                     const auto sources = citations(item, QStringLiteral("sources"), itemPath);
                     if (!view || !sources) {
                         return std::nullopt;
                     }
                     disagreement.positions.append({*view, *sources});
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
    m_into.disagreements.append(std::move(disagreement));
}

std::optional<QStringList> CatalogFileParser::roleReferences(const QJsonObject &object,
                                                             const QString &key,
                                                             const JsonPath &path)
{
    const auto ids = m_reader.stringList(object, key, path, JsonReader::Need::Optional);
    if (!ids) {
        return object.contains(key) ? std::nullopt : std::optional<QStringList>(QStringList());
    }
    const JsonPath listPath = path.member(key);
    for (qsizetype i = 0; i < ids->size(); ++i) {
        reference(CatalogLoader::Reference::Kind::Role, ids->at(i), listPath.element(i));
    }
    return ids;
}

std::optional<Citations> CatalogFileParser::citations(const QJsonObject &object, const QString &key,
                                                      const JsonPath &path)
{
    const auto items = m_reader.array(object, key, path, Need::Required);
    if (!items) {
        return std::nullopt;
    }
    const JsonPath listPath = path.member(key);
    if (items->isEmpty()) {
        m_reader.error(listPath, tr("every statement must cite at least one source"));
        return std::nullopt;
    }
    Citations list;
    bool ok = true;
    for (qsizetype i = 0; i < items->size(); ++i) {
        const JsonPath itemPath = listPath.element(i);
        const auto item = m_reader.elementObject(items->at(i), itemPath);
        if (!item) {
            ok = false;
            continue;
        }
        static const QStringList allowedKeys = keys({"source", "quote"});
        m_reader.requireKnownKeys(*item, itemPath, allowedKeys);
        const auto source = m_reader.id(*item, QStringLiteral("source"), itemPath);
        const auto quote =
            m_reader.string(*item, QStringLiteral("quote"), itemPath, Need::Optional);
        if (!source) {
            ok = false;
            continue;
        }
        const QString quoteText = quote.value_or(QString());
        reference(CatalogLoader::Reference::Kind::Source, *source,
                  itemPath.member(QStringLiteral("source")), !quoteText.isEmpty());
        list.append({*source, quoteText});
    }
    if (!ok) {
        return std::nullopt;
    }
    return m_strings.intern(list);
}

} // namespace rolelens
