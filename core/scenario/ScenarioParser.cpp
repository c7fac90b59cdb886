#include "scenario/ScenarioParser.h"

#include "catalog/EditDistance.h"
#include "model/GrowthAssumption.h"
#include "scenario/ScenarioFile.h"

#include <QRegularExpression>

namespace rolelens {
namespace {

using Need = JsonReader::Need;
constexpr auto keys = &JsonReader::keys;

} // namespace

ScenarioParser::ScenarioParser(const QString &fileName, const Catalog &catalog, Diagnostics &errors)
    : m_reader(fileName, errors), m_catalog(catalog)
{
}

std::optional<Scenario> ScenarioParser::parse(const QByteArray &bytes)
{
    const auto root = m_reader.parseObject(bytes);
    if (!root) {
        return std::nullopt;
    }
    const JsonPath path;
    m_reader.requireKnownKeys(
        *root, path,
        keys({"format", "version", "business", "considering", "goals", "tasks", "oneHireCovers",
              "followers", "judgeBy", "budget", "assumptions", "agreement", "jobPost"}));
    if (!m_reader.readHeader(*root, path,
                             {QLatin1String("rolelens-scenario"), ScenarioFile::kFormatVersion,
                              tr("expected \"rolelens-scenario\", found \"%1\""),
                              tr("version %1 is not supported (this program reads version %2)")})) {
        return std::nullopt;
    }

    Scenario scenario;
    parseBusiness(*root, scenario);
    parseConsidering(*root, scenario);
    scenario.goals = idList(*root, "goals", path, tr("goal"), idsOf(m_catalog.goals()));
    scenario.tasks = idList(*root, "tasks", path, tr("task"), idsOf(m_catalog.tasks()));
    scenario.oneHireCovers =
        idList(*root, "oneHireCovers", path, tr("role"), [this](const QString &id) {
            return m_catalog.role(id) ? QStringList() : m_catalog.closestRoleIds(id);
        });
    scenario.judgeBy = idList(*root, "judgeBy", path, tr("metric"), idsOf(m_catalog.metrics()));
    parseFollowers(*root, scenario);
    parseBudget(*root, scenario);
    parseAssumptions(*root, scenario);
    parseIssuedAgreement(*root, scenario);
    if (const auto jobPost = part(*root, QStringLiteral("jobPost"))) {
        const JsonPath jobPostPath = path.member(QStringLiteral("jobPost"));
        m_reader.requireKnownKeys(*jobPost, jobPostPath, keys({"keepTasks"}));
        scenario.jobPostKeeps =
            idList(*jobPost, "keepTasks", jobPostPath, tr("task"), idsOf(m_catalog.tasks()));
    }
    if (!m_ok) {
        return std::nullopt;
    }
    return scenario;
}

template <typename Entries>
std::function<QStringList(const QString &)> ScenarioParser::idsOf(const Entries &entries)
{
    // Known: no suggestion; unknown: the nearest known ids.
    return [&entries](const QString &id) {
        QStringList known;
        for (const auto &entry : entries) {
            if (entry.id == id) {
                return QStringList();
            }
            known.append(entry.id);
        }
        return closestTo(id, known);
    };
}

template <typename Suggest>
QStringList ScenarioParser::idList(const QJsonObject &object, const char *key, const JsonPath &path,
                                   const QString &what, Suggest suggest)
{
    const QString name = QString::fromLatin1(key);
    const auto ids = m_reader.stringList(object, name, path, Need::Optional);
    if (!ids) {
        m_ok = m_ok && !ids.isInvalid();
        return {};
    }
    const JsonPath listPath = path.member(name);
    QStringList seen;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const QString &id = ids->at(i);
        if (const QStringList nearest = suggest(id); !nearest.isEmpty()) {
            m_reader.error(listPath.element(i),
                           tr("unknown %1 \"%2\" (did you mean: %3?)")
                               .arg(what, id, nearest.join(QStringLiteral(", "))));
            m_ok = false;
        } else if (seen.contains(id)) {
            m_reader.error(listPath.element(i), tr("\"%1\" is listed twice").arg(id));
            m_ok = false;
        }
        seen.append(id);
    }
    return seen;
}

std::optional<QString> ScenarioParser::text(const QJsonObject &object, const char *key,
                                            const JsonPath &path)
{
    const QString name = QString::fromLatin1(key);
    const auto value = m_reader.string(object, name, path, Need::Optional);
    if (!value) {
        m_ok = m_ok && !value.isInvalid();
        return std::nullopt;
    }
    if (value->size() > ScenarioFile::kMaxTextLength) {
        m_reader.error(path.member(name), tr("is %1 characters long; at most %2 are allowed")
                                              .arg(value->size())
                                              .arg(ScenarioFile::kMaxTextLength));
        m_ok = false;
        return std::nullopt;
    }
    return *value;
}

std::optional<int> ScenarioParser::count(const QJsonObject &object, const char *key,
                                         const JsonPath &path, int minimum, int maximum)
{
    const auto value = m_reader.integer(
        object, QString::fromLatin1(key), path, Need::Required, {minimum, maximum}, [&](int found) {
            return tr("%1 is out of range (expected %2 to %3)")
                .arg(JsonReader::shown(found), JsonReader::shown(minimum),
                     JsonReader::shown(maximum));
        });
    m_ok = m_ok && value;
    return value.toOptional();
}

std::optional<double> ScenarioParser::amount(const QJsonObject &object, const char *key,
                                             const JsonPath &path, double maximum)
{
    const auto value = m_reader.number(
        object, QString::fromLatin1(key), path, Need::Optional, {0.0, maximum}, [&](double found) {
            return tr("%1 is out of range (expected 0 to %2)")
                .arg(JsonReader::shown(found), JsonReader::shown(maximum));
        });
    m_ok = m_ok && !value.isInvalid();
    return value.toOptional();
}

std::optional<QJsonObject> ScenarioParser::part(const QJsonObject &root, const QString &key)
{
    const auto object = m_reader.object(root, key, JsonPath(), Need::Optional);
    m_ok = m_ok && !object.isInvalid();
    return object.toOptional();
}

void ScenarioParser::parseConsidering(const QJsonObject &root, Scenario &scenario)
{
    const JsonPath path;
    const auto considering =
        m_reader.string(root, QStringLiteral("considering"), path, Need::Optional);
    if (!considering) {
        m_ok = m_ok && !considering.isInvalid();
        return;
    }
    if (!m_catalog.role(*considering)) {
        m_reader.error(path.member(QStringLiteral("considering")),
                       tr("unknown role \"%1\" (did you mean: %2?)")
                           .arg(*considering,
                                m_catalog.closestRoleIds(*considering).join(QStringLiteral(", "))));
        m_ok = false;
    }
    scenario.considering = *considering;
}

void ScenarioParser::parseBusiness(const QJsonObject &root, Scenario &scenario)
{
    const auto business = part(root, QStringLiteral("business"));
    if (!business) {
        return;
    }
    const JsonPath path = JsonPath().member(QStringLiteral("business"));
    m_reader.requireKnownKeys(*business, path, keys({"name", "size"}));
    scenario.businessName = text(*business, "name", path).value_or(QString());
    const auto size = m_reader.enumeration(
        *business, QStringLiteral("size"), path, Need::Optional, Scenario::sizes(),
        [](const QString &found) {
            return tr("expected solo, small, medium or large, found \"%1\"").arg(found);
        });
    if (size) {
        scenario.size = *size;
    }
    m_ok = m_ok && !size.isInvalid();
}

void ScenarioParser::parseFollowers(const QJsonObject &root, Scenario &scenario)
{
    const auto followers = part(root, QStringLiteral("followers"));
    if (!followers) {
        return;
    }
    const JsonPath path = JsonPath().member(QStringLiteral("followers"));
    m_reader.requireKnownKeys(*followers, path, keys({"current", "target", "weeks"}));
    using Followers = Scenario::Followers;
    // A count the reader's whole numbers cannot hold would never reach the range check.
    static_assert(Followers::kMaxCount <= JsonReader::kMaxWholeNumber);
    const auto current = count(*followers, "current", path, 0, Followers::kMaxCount);
    const auto target = count(*followers, "target", path, 0, Followers::kMaxCount);
    const auto weeks = count(*followers, "weeks", path, 1, Followers::kMaxWeeks);
    if (current && target && weeks) {
        scenario.followers = Scenario::Followers{*current, *target, *weeks};
    }
}

void ScenarioParser::parseBudget(const QJsonObject &root, Scenario &scenario)
{
    const auto budget = part(root, QStringLiteral("budget"));
    if (!budget) {
        return;
    }
    const JsonPath path = JsonPath().member(QStringLiteral("budget"));
    m_reader.requireKnownKeys(*budget, path, keys({"currency", "monthlySalary", "monthlyAdSpend"}));
    Scenario::Budget result;
    if (const auto currency = text(*budget, "currency", path)) {
        static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
        if (!isoCode.match(*currency).hasMatch()) {
            m_reader.error(path.member(QStringLiteral("currency")),
                           tr("expected a three-letter currency code such as EUR, found \"%1\"")
                               .arg(*currency));
            m_ok = false;
        }
        result.currency = *currency;
    }
    result.monthlySalary = amount(*budget, "monthlySalary", path, Scenario::Budget::kMaxAmount);
    result.monthlyAdSpend = amount(*budget, "monthlyAdSpend", path, Scenario::Budget::kMaxAmount);
    scenario.budget = result;
}

void ScenarioParser::parseAssumptions(const QJsonObject &root, Scenario &scenario)
{
    const auto assumptions = part(root, QStringLiteral("assumptions"));
    if (!assumptions) {
        return;
    }
    const JsonPath path = JsonPath().member(QStringLiteral("assumptions"));
    m_reader.requireKnownKeys(*assumptions, path, keys({"audienceGrowth", "benchmarks"}));
    parseGrowth(*assumptions, path, scenario);
    parseOwnFigures(*assumptions, path, scenario);
}

void ScenarioParser::parseGrowth(const QJsonObject &assumptions, const JsonPath &path,
                                 Scenario &scenario)
{
    const auto growth =
        m_reader.object(assumptions, QStringLiteral("audienceGrowth"), path, Need::Optional);
    if (!growth) {
        m_ok = m_ok && !growth.isInvalid();
        return;
    }
    const JsonPath growthPath = path.member(QStringLiteral("audienceGrowth"));
    m_reader.requireKnownKeys(*growth, growthPath,
                              keys({"lowPercentPerMonth", "highPercentPerMonth"}));
    const auto low =
        m_reader.number(*growth, QStringLiteral("lowPercentPerMonth"), growthPath, Need::Required);
    const auto high =
        m_reader.number(*growth, QStringLiteral("highPercentPerMonth"), growthPath, Need::Required);
    if (!low || !high) {
        m_ok = false;
        return;
    }
    // The message spells the limit out, as do its translations: a new limit needs new wording.
    static_assert(GrowthAssumption::kMaxPercentPerMonth == 1000);
    if (*low < 0 || *high > GrowthAssumption::kMaxPercentPerMonth || *low > *high) {
        m_reader.error(growthPath, tr("expected 0 <= lowPercentPerMonth <= highPercentPerMonth "
                                      "<= 1000, found %1 and %2")
                                       .arg(*low)
                                       .arg(*high));
        m_ok = false;
        return;
    }
    scenario.audienceGrowth = Scenario::GrowthOverride{*low, *high};
}

void ScenarioParser::parseOwnFigures(const QJsonObject &assumptions, const JsonPath &path,
                                     Scenario &scenario)
{
    const auto figures =
        m_reader.object(assumptions, QStringLiteral("benchmarks"), path, Need::Optional);
    if (!figures) {
        m_ok = m_ok && !figures.isInvalid();
        return;
    }
    const JsonPath figuresPath = path.member(QStringLiteral("benchmarks"));
    for (auto it = figures->constBegin(); it != figures->constEnd(); ++it) {
        if (!m_catalog.metric(it.key())) {
            m_reader.error(figuresPath.member(it.key()),
                           tr("unknown metric \"%1\" (the keys are metric ids, such as "
                              "engagement-rate)")
                               .arg(it.key()));
            m_ok = false;
            continue;
        }
        const auto value =
            amount(*figures, qPrintable(it.key()), figuresPath, Scenario::kMaxOwnFigure);
        if (value) {
            scenario.ownFigures.insert(it.key(), *value);
        }
    }
}

void ScenarioParser::parseIssuedAgreement(const QJsonObject &root, Scenario &scenario)
{
    const auto agreement = part(root, QStringLiteral("agreement"));
    if (!agreement) {
        return;
    }
    const JsonPath path = JsonPath().member(QStringLiteral("agreement"));
    m_reader.requireKnownKeys(*agreement, path, keys({"version", "issued", "terms"}));
    Scenario::IssuedAgreement issued;
    const auto version =
        count(*agreement, "version", path, 1, Scenario::IssuedAgreement::kMaxVersion);
    const auto date = m_reader.string(*agreement, QStringLiteral("issued"), path, Need::Required);
    const auto terms =
        m_reader.stringList(*agreement, QStringLiteral("terms"), path, Need::Required);
    if (!version || !date || !terms) {
        m_ok = false;
        return;
    }
    issued.version = *version;
    issued.issued = QDate::fromString(*date, Qt::ISODate);
    if (!issued.issued.isValid()) {
        m_reader.error(path.member(QStringLiteral("issued")),
                       tr("expected a date as YYYY-MM-DD, found \"%1\"").arg(*date));
        m_ok = false;
        return;
    }
    if (terms->size() > Scenario::IssuedAgreement::kMaxTerms) {
        m_reader.error(path.member(QStringLiteral("terms")),
                       tr("holds %1 terms; at most %2 are allowed")
                           .arg(JsonReader::shown(static_cast<double>(terms->size())),
                                JsonReader::shown(Scenario::IssuedAgreement::kMaxTerms)));
        m_ok = false;
        return;
    }
    issued.terms = *terms;
    scenario.issuedAgreement = issued;
}

} // namespace rolelens
