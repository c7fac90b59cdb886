#include "scenario/ScenarioFile.h"

#include "io/AtomicFile.h"
#include "io/InputFile.h"
#include "json/JsonReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace rolelens {
namespace {

using Need = JsonReader::Need;
constexpr auto keys = &JsonReader::keys;

// Reads one scenario, checking every id against the catalog as it goes.
class ScenarioParser {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    ScenarioParser(const QString &fileName, const Catalog &catalog, Diagnostics &errors)
        : m_reader(fileName, errors), m_catalog(catalog)
    {
    }

    std::optional<Scenario> parse(const QByteArray &bytes);

private:
    // A list of ids, each of which `known` must accept; duplicates are errors too.
    template <typename Known>
    QStringList idList(const QJsonObject &object, const char *key, const QString &path,
                       const QString &what, Known known);
    std::optional<QString> text(const QJsonObject &object, const char *key, const QString &path);
    std::optional<int> count(const QJsonObject &object, const char *key, const QString &path,
                             int minimum, int maximum);
    std::optional<double> amount(const QJsonObject &object, const char *key, const QString &path,
                                 double maximum);
    void parseBusiness(const QJsonObject &root, Scenario &scenario);
    void parseFollowers(const QJsonObject &root, Scenario &scenario);
    void parseBudget(const QJsonObject &root, Scenario &scenario);
    void parseAssumptions(const QJsonObject &root, Scenario &scenario);

    JsonReader m_reader;
    const Catalog &m_catalog;
    bool m_ok = true;
};

std::optional<Scenario> ScenarioParser::parse(const QByteArray &bytes)
{
    const auto root = m_reader.parseObject(bytes);
    if (!root) {
        return std::nullopt;
    }
    const QString path = QStringLiteral("$");
    m_reader.requireKnownKeys(
        *root, path,
        keys({"format", "version", "business", "considering", "goals", "tasks", "oneHireCovers",
              "followers", "judgeBy", "budget", "assumptions"}));
    const auto format = m_reader.string(*root, QStringLiteral("format"), path, Need::Required);
    if (format && *format != QLatin1String("rolelens-scenario")) {
        m_reader.error(JsonReader::member(path, QStringLiteral("format")),
                       tr("expected \"rolelens-scenario\", found \"%1\"").arg(*format));
        return std::nullopt;
    }
    const auto version = m_reader.integer(*root, QStringLiteral("version"), path, Need::Required);
    if (version && *version != ScenarioFile::kFormatVersion) {
        m_reader.error(JsonReader::member(path, QStringLiteral("version")),
                       tr("version %1 is not supported (this program reads version %2)")
                           .arg(*version)
                           .arg(ScenarioFile::kFormatVersion));
        return std::nullopt;
    }
    if (!format || !version) {
        return std::nullopt;
    }

    Scenario scenario;
    parseBusiness(*root, scenario);
    if (const auto considering =
            m_reader.string(*root, QStringLiteral("considering"), path, Need::Optional)) {
        if (!m_catalog.role(*considering)) {
            m_reader.error(
                JsonReader::member(path, QStringLiteral("considering")),
                tr("unknown role \"%1\" (closest known: %2)")
                    .arg(*considering,
                         m_catalog.closestRoleIds(*considering).join(QStringLiteral(", "))));
            m_ok = false;
        }
        scenario.considering = *considering;
    } else if (root->contains(QStringLiteral("considering"))) {
        m_ok = false;
    }
    scenario.goals = idList(*root, "goals", path, tr("goal"),
                            [this](const QString &id) { return m_catalog.goal(id) != nullptr; });
    scenario.tasks = idList(*root, "tasks", path, tr("task"),
                            [this](const QString &id) { return m_catalog.task(id) != nullptr; });
    scenario.oneHireCovers =
        idList(*root, "oneHireCovers", path, tr("role"),
               [this](const QString &id) { return m_catalog.role(id) != nullptr; });
    scenario.judgeBy = idList(*root, "judgeBy", path, tr("metric"), [this](const QString &id) {
        return m_catalog.metric(id) != nullptr;
    });
    parseFollowers(*root, scenario);
    parseBudget(*root, scenario);
    parseAssumptions(*root, scenario);
    if (!m_ok) {
        return std::nullopt;
    }
    return scenario;
}

template <typename Known>
QStringList ScenarioParser::idList(const QJsonObject &object, const char *key, const QString &path,
                                   const QString &what, Known known)
{
    const QString name = QString::fromLatin1(key);
    const auto ids = m_reader.stringList(object, name, path, Need::Optional);
    if (!ids) {
        m_ok = m_ok && !object.contains(name);
        return {};
    }
    const QString listPath = JsonReader::member(path, name);
    QStringList seen;
    for (qsizetype i = 0; i < ids->size(); ++i) {
        const QString &id = ids->at(i);
        if (!known(id)) {
            m_reader.error(JsonReader::element(listPath, i), tr("unknown %1 \"%2\"").arg(what, id));
            m_ok = false;
        } else if (seen.contains(id)) {
            m_reader.error(JsonReader::element(listPath, i), tr("\"%1\" is listed twice").arg(id));
            m_ok = false;
        }
        seen.append(id);
    }
    return seen;
}

std::optional<QString> ScenarioParser::text(const QJsonObject &object, const char *key,
                                            const QString &path)
{
    const QString name = QString::fromLatin1(key);
    const auto value = m_reader.string(object, name, path, Need::Optional);
    if (!value) {
        m_ok = m_ok && !object.contains(name);
        return std::nullopt;
    }
    if (value->size() > ScenarioFile::kMaxTextLength) {
        m_reader.error(JsonReader::member(path, name),
                       tr("is %1 characters long; at most %2 are allowed")
                           .arg(value->size())
                           .arg(ScenarioFile::kMaxTextLength));
        m_ok = false;
        return std::nullopt;
    }
    return value;
}

std::optional<int> ScenarioParser::count(const QJsonObject &object, const char *key,
                                         const QString &path, int minimum, int maximum)
{
    const QString name = QString::fromLatin1(key);
    const auto value = m_reader.integer(object, name, path, Need::Required);
    if (!value) {
        m_ok = false;
        return std::nullopt;
    }
    if (*value < minimum || *value > maximum) {
        m_reader.error(
            JsonReader::member(path, name),
            tr("%1 is out of range (expected %2 to %3)").arg(*value).arg(minimum).arg(maximum));
        m_ok = false;
        return std::nullopt;
    }
    return value;
}

std::optional<double> ScenarioParser::amount(const QJsonObject &object, const char *key,
                                             const QString &path, double maximum)
{
    const QString name = QString::fromLatin1(key);
    const auto value = m_reader.number(object, name, path, Need::Optional);
    if (!value) {
        m_ok = m_ok && !object.contains(name);
        return std::nullopt;
    }
    if (!std::isfinite(*value) || *value < 0 || *value > maximum) {
        m_reader.error(JsonReader::member(path, name),
                       tr("%1 is out of range (expected 0 to %2)").arg(*value).arg(maximum));
        m_ok = false;
        return std::nullopt;
    }
    return value;
}

void ScenarioParser::parseBusiness(const QJsonObject &root, Scenario &scenario)
{
    const auto business =
        m_reader.object(root, QStringLiteral("business"), QStringLiteral("$"), Need::Optional);
    if (!business) {
        m_ok = m_ok && !root.contains(QStringLiteral("business"));
        return;
    }
    const QString path = QStringLiteral("$.business");
    m_reader.requireKnownKeys(*business, path, keys({"name", "size"}));
    scenario.businessName = text(*business, "name", path).value_or(QString());
    if (const auto size =
            m_reader.string(*business, QStringLiteral("size"), path, Need::Optional)) {
        if (const auto known = Scenario::sizeFromKey(*size)) {
            scenario.size = *known;
        } else {
            m_reader.error(JsonReader::member(path, QStringLiteral("size")),
                           tr("expected solo, small, medium or large, found \"%1\"").arg(*size));
            m_ok = false;
        }
    } else if (business->contains(QStringLiteral("size"))) {
        m_ok = false;
    }
}

void ScenarioParser::parseFollowers(const QJsonObject &root, Scenario &scenario)
{
    const auto followers =
        m_reader.object(root, QStringLiteral("followers"), QStringLiteral("$"), Need::Optional);
    if (!followers) {
        m_ok = m_ok && !root.contains(QStringLiteral("followers"));
        return;
    }
    const QString path = QStringLiteral("$.followers");
    m_reader.requireKnownKeys(*followers, path, keys({"current", "target", "weeks"}));
    const auto current = count(*followers, "current", path, 0, ScenarioFile::kMaxFollowers);
    const auto target = count(*followers, "target", path, 0, ScenarioFile::kMaxFollowers);
    const auto weeks = count(*followers, "weeks", path, 1, ScenarioFile::kMaxWeeks);
    if (current && target && weeks) {
        scenario.followers = Scenario::Followers{*current, *target, *weeks};
    }
}

void ScenarioParser::parseBudget(const QJsonObject &root, Scenario &scenario)
{
    const auto budget =
        m_reader.object(root, QStringLiteral("budget"), QStringLiteral("$"), Need::Optional);
    if (!budget) {
        m_ok = m_ok && !root.contains(QStringLiteral("budget"));
        return;
    }
    const QString path = QStringLiteral("$.budget");
    m_reader.requireKnownKeys(*budget, path, keys({"currency", "monthlySalary", "monthlyAdSpend"}));
    Scenario::Budget result;
    if (const auto currency = text(*budget, "currency", path)) {
        static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
        if (!isoCode.match(*currency).hasMatch()) {
            m_reader.error(JsonReader::member(path, QStringLiteral("currency")),
                           tr("expected a three-letter currency code such as EUR, found \"%1\"")
                               .arg(*currency));
            m_ok = false;
        }
        result.currency = *currency;
    }
    constexpr double kMaxAmount = 1e9;
    result.monthlySalary = amount(*budget, "monthlySalary", path, kMaxAmount);
    result.monthlyAdSpend = amount(*budget, "monthlyAdSpend", path, kMaxAmount);
    scenario.budget = result;
}

void ScenarioParser::parseAssumptions(const QJsonObject &root, Scenario &scenario)
{
    const auto assumptions =
        m_reader.object(root, QStringLiteral("assumptions"), QStringLiteral("$"), Need::Optional);
    if (!assumptions) {
        m_ok = m_ok && !root.contains(QStringLiteral("assumptions"));
        return;
    }
    const QString path = QStringLiteral("$.assumptions");
    m_reader.requireKnownKeys(*assumptions, path, keys({"audienceGrowth"}));
    const auto growth =
        m_reader.object(*assumptions, QStringLiteral("audienceGrowth"), path, Need::Optional);
    if (!growth) {
        m_ok = m_ok && !assumptions->contains(QStringLiteral("audienceGrowth"));
        return;
    }
    const QString growthPath = JsonReader::member(path, QStringLiteral("audienceGrowth"));
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
    if (*low < 0 || *high > 1000 || *low > *high) {
        m_reader.error(growthPath, tr("expected 0 <= lowPercentPerMonth <= highPercentPerMonth "
                                      "<= 1000, found %1 and %2")
                                       .arg(*low)
                                       .arg(*high));
        m_ok = false;
        return;
    }
    scenario.audienceGrowth = Scenario::GrowthOverride{*low, *high};
}

} // namespace

Result<Scenario> ScenarioFile::load(const QString &path, const Catalog &catalog)
{
    const Result<QByteArray> bytes =
        InputFile::read(path, kMaxFileBytes, tr("is a folder, not a scenario file"),
                        tr("is %1 bytes; scenario files are limited to %2 bytes"));
    if (!bytes) {
        return bytes.errors();
    }
    return parse(bytes.value(), path, catalog);
}

Result<Scenario> ScenarioFile::parse(const QByteArray &bytes, const QString &fileName,
                                     const Catalog &catalog)
{
    if (bytes.size() > kMaxFileBytes) {
        return Diagnostics{{fileName,
                            0,
                            0,
                            {},
                            tr("is %1 bytes; scenario files are limited to %2 bytes")
                                .arg(bytes.size())
                                .arg(kMaxFileBytes)}};
    }
    Diagnostics errors;
    auto scenario = ScenarioParser(fileName, catalog, errors).parse(bytes);
    if (!errors.isEmpty() || !scenario) {
        return errors;
    }
    return std::move(*scenario);
}

QStringList ScenarioFile::examples()
{
    const QDir directory(QStringLiteral(":/scenarios"));
    QStringList files;
    for (const auto &name :
         directory.entryList({QStringLiteral("*.rolelens.json")}, QDir::Files, QDir::Name)) {
        files.append(directory.filePath(name));
    }
    return files;
}

QByteArray ScenarioFile::toJson(const Scenario &scenario)
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("rolelens-scenario")},
                     {QStringLiteral("version"), kFormatVersion}};
    if (!scenario.businessName.isEmpty() || scenario.size != Scenario::BusinessSize::Unspecified) {
        QJsonObject business;
        if (!scenario.businessName.isEmpty()) {
            business.insert(QStringLiteral("name"), scenario.businessName);
        }
        if (scenario.size != Scenario::BusinessSize::Unspecified) {
            business.insert(QStringLiteral("size"), Scenario::sizeKey(scenario.size));
        }
        root.insert(QStringLiteral("business"), business);
    }
    if (!scenario.considering.isEmpty()) {
        root.insert(QStringLiteral("considering"), scenario.considering);
    }
    const auto list = [&](const char *key, const QStringList &ids) {
        if (!ids.isEmpty()) {
            root.insert(QString::fromLatin1(key), QJsonArray::fromStringList(ids));
        }
    };
    list("goals", scenario.goals);
    list("tasks", scenario.tasks);
    list("oneHireCovers", scenario.oneHireCovers);
    if (scenario.followers) {
        root.insert(QStringLiteral("followers"),
                    QJsonObject{{QStringLiteral("current"), scenario.followers->current},
                                {QStringLiteral("target"), scenario.followers->target},
                                {QStringLiteral("weeks"), scenario.followers->weeks}});
    }
    list("judgeBy", scenario.judgeBy);
    if (scenario.budget) {
        QJsonObject budget;
        if (!scenario.budget->currency.isEmpty()) {
            budget.insert(QStringLiteral("currency"), scenario.budget->currency);
        }
        if (scenario.budget->monthlySalary) {
            budget.insert(QStringLiteral("monthlySalary"), *scenario.budget->monthlySalary);
        }
        if (scenario.budget->monthlyAdSpend) {
            budget.insert(QStringLiteral("monthlyAdSpend"), *scenario.budget->monthlyAdSpend);
        }
        root.insert(QStringLiteral("budget"), budget);
    }
    if (scenario.audienceGrowth) {
        root.insert(QStringLiteral("assumptions"),
                    QJsonObject{{QStringLiteral("audienceGrowth"),
                                 QJsonObject{{QStringLiteral("lowPercentPerMonth"),
                                              scenario.audienceGrowth->lowPercentPerMonth},
                                             {QStringLiteral("highPercentPerMonth"),
                                              scenario.audienceGrowth->highPercentPerMonth}}}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QString> ScenarioFile::save(const QString &path, const Scenario &scenario)
{
    return AtomicFile::write(path, toJson(scenario));
}

} // namespace rolelens
