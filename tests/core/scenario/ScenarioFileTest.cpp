#include "scenario/ScenarioFile.h"

#include "model/GrowthAssumption.h"
#include "support/BuiltInCatalog.h"
#include "support/FileSizeLimit.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;

Result<Scenario> parse(const QByteArray &json)
{
    return ScenarioFile::parse(json, QStringLiteral("test.rolelens.json"), builtInCatalog());
}

// The one error a document should produce, as "file: $.path: message".
QString onlyError(const QByteArray &json)
{
    const Result<Scenario> result = parse(json);
    if (result.ok()) {
        return QStringLiteral("(no error)");
    }
    if (result.errors().size() != 1) {
        QStringList all;
        for (const auto &error : result.errors()) {
            all.append(error.toString());
        }
        return all.join(QStringLiteral(" | "));
    }
    return result.errors().first().toString();
}

QByteArray withField(const QByteArray &field)
{
    return QByteArray(R"({"format": "rolelens-scenario", "version": 1, )") + field + "}";
}

// withField for a field given as JSON with %1 where `value` goes, written out in full.
QByteArray withNumber(const char *field, double value)
{
    return withField(QString::fromLatin1(field).arg(QString::number(value, 'g', 17)).toUtf8());
}

Scenario fullScenario()
{
    Scenario scenario;
    scenario.businessName = QStringLiteral("Corner Bakery – Ünïcode");
    scenario.size = Scenario::BusinessSize::Small;
    scenario.considering = QStringLiteral("social-media-manager");
    scenario.goals = {QStringLiteral("brand-awareness"), QStringLiteral("immediate-visibility")};
    scenario.tasks = {QStringLiteral("content-creation"), QStringLiteral("admin")};
    scenario.oneHireCovers = {QStringLiteral("social-media-manager"),
                              QStringLiteral("community-manager")};
    scenario.followers = Scenario::Followers{1200, 50000, 4};
    scenario.judgeBy = {QStringLiteral("follower-count")};
    scenario.budget = Scenario::Budget{QStringLiteral("EUR"), 2500.5, 0.0};
    scenario.audienceGrowth = Scenario::GrowthOverride{0.5, 12.25};
    scenario.ownFigures = {{QStringLiteral("engagement-rate"), 1.5},
                           {QStringLiteral("response-time"), 90}};
    scenario.jobPostKeeps = {QStringLiteral("admin")};
    scenario.issuedAgreement = Scenario::IssuedAgreement{
        2,
        QDate(2026, 11, 30),
        {QStringLiteral("Hire: Social media manager"), QStringLiteral("x")}};
    return scenario;
}

TEST(ScenarioFile, MinimalScenarioHasOnlyFormatAndVersion)
{
    const Result<Scenario> result = parse(R"({"format": "rolelens-scenario", "version": 1})");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.value(), Scenario());
}

TEST(ScenarioFile, SaveAndLoadRoundTripsEveryField)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bakery.rolelens.json"));
    const Scenario original = fullScenario();
    EXPECT_EQ(ScenarioFile::save(path, original), std::nullopt);
    const Result<Scenario> loaded = ScenarioFile::load(path, builtInCatalog());
    ASSERT_TRUE(loaded.ok()) << qPrintable(loaded.errors().first().toString());
    EXPECT_EQ(loaded.value(), original);
    // And saving what was loaded gives the same bytes.
    EXPECT_EQ(ScenarioFile::toJson(loaded.value()), ScenarioFile::toJson(original));
}

TEST(ScenarioFile, EveryContentErrorNamesItsPath)
{
    const QString file = QStringLiteral("test.rolelens.json: ");
    EXPECT_EQ(onlyError(R"({"format": "rolelens-catalog", "version": 1})"),
              file + QStringLiteral("$.format: expected \"rolelens-scenario\", found "
                                    "\"rolelens-catalog\""));
    EXPECT_EQ(onlyError(R"({"format": "rolelens-scenario", "version": 2})"),
              file + QStringLiteral("$.version: version 2 is not supported (this program reads "
                                    "version 1)"));
    EXPECT_TRUE(onlyError(R"({"version": 1})").startsWith(file + QStringLiteral("$.format")));
    EXPECT_TRUE(onlyError(withField(R"("goals": ["brand-awarenes"])"))
                    .startsWith(file + QStringLiteral("$.goals[0]: unknown goal \"brand-awarenes\" "
                                                      "(did you mean: brand-awareness,")));
    EXPECT_TRUE(onlyError(withField(R"("tasks": ["admin", "admin"])"))
                    .startsWith(file + QStringLiteral("$.tasks[1]: \"admin\" is listed twice")));
    EXPECT_TRUE(onlyError(withField(R"("considering": "social-media-manger")"))
                    .contains(QStringLiteral("$.considering: unknown role \"social-media-manger\" "
                                             "(did you mean: social-media-manager")));
    EXPECT_TRUE(onlyError(withField(R"("oneHireCovers": ["nobody"])"))
                    .startsWith(file + QStringLiteral("$.oneHireCovers[0]: unknown role")));
    EXPECT_TRUE(onlyError(withField(R"("judgeBy": ["likes"])"))
                    .startsWith(file + QStringLiteral("$.judgeBy[0]: unknown metric")));
    EXPECT_TRUE(onlyError(withField(R"("followers": {"current": -5, "target": 10, "weeks": 4})"))
                    .startsWith(file + QStringLiteral("$.followers.current: -5 is out of range")));
    EXPECT_TRUE(onlyError(withField(R"("followers": {"current": 5, "target": 10, "weeks": 0})"))
                    .startsWith(file + QStringLiteral("$.followers.weeks: 0 is out of range")));
    EXPECT_TRUE(onlyError(withField(R"("followers": {"current": 5, "target": 10})"))
                    .startsWith(file + QStringLiteral("$.followers.weeks")));
    EXPECT_TRUE(onlyError(withField(R"("followers": {"current": 5.5, "target": 10, "weeks": 2})"))
                    .startsWith(file + QStringLiteral("$.followers.current: expected a whole")));
    EXPECT_TRUE(onlyError(withField(R"("business": {"size": "huge"})"))
                    .startsWith(file + QStringLiteral("$.business.size: expected solo, small")));
    EXPECT_TRUE(
        onlyError(withField(R"("budget": {"currency": "euro"})"))
            .startsWith(file + QStringLiteral("$.budget.currency: expected a three-letter")));
    EXPECT_TRUE(
        onlyError(withField(R"("budget": {"monthlyAdSpend": -1})"))
            .startsWith(file + QStringLiteral("$.budget.monthlyAdSpend: -1 is out of range")));
    EXPECT_TRUE(onlyError(withField(R"("goals": "brand-awareness")"))
                    .startsWith(file + QStringLiteral("$.goals")));
    EXPECT_TRUE(onlyError(withField(R"("followers": [1, 2, 3])"))
                    .startsWith(file + QStringLiteral("$.followers")));
    EXPECT_TRUE(onlyError(withField(R"("budgte": {})")).startsWith(file + QStringLiteral("$")));
    EXPECT_EQ(onlyError(withField(R"("considering": null)")),
              file + QStringLiteral("$.considering: null is not a value: give one or leave the "
                                    "field out"));
    EXPECT_TRUE(
        onlyError(
            withField(
                R"("assumptions": {"audienceGrowth": {"lowPercentPerMonth": 9, "highPercentPerMonth": 3}})"))
            .startsWith(file + QStringLiteral("$.assumptions.audienceGrowth: expected 0 <=")));
    EXPECT_TRUE(
        onlyError(withField(R"("agreement": {"version": 1, "issued": "30.11.2026", "terms": []})"))
            .startsWith(file +
                        QStringLiteral("$.agreement.issued: expected a date as YYYY-MM-DD")));
    EXPECT_TRUE(
        onlyError(withField(R"("agreement": {"version": 0, "issued": "2026-11-30", "terms": []})"))
            .startsWith(file + QStringLiteral("$.agreement.version: 0 is out of range")));
    EXPECT_TRUE(
        onlyError(withField(R"("jobPost": {"keepTasks": ["admn"]})"))
            .startsWith(file + QStringLiteral("$.jobPost.keepTasks[0]: unknown task \"admn\" "
                                              "(did you mean: admin")));
    EXPECT_TRUE(onlyError(withField(R"("agreement": {"version": 1, "issued": "2026-11-30"})"))
                    .startsWith(file + QStringLiteral("$.agreement.terms")));
    const QByteArray longName = "\"business\": {\"name\": \"" + QByteArray(201, 'x') + "\"}";
    EXPECT_TRUE(onlyError(withField(longName.constData()))
                    .startsWith(file + QStringLiteral("$.business.name: is 201 characters")));
}

TEST(ScenarioFile, AudienceGrowthIsAcceptedUpToItsLimit)
{
    const char *growth =
        R"("assumptions": {"audienceGrowth": {"lowPercentPerMonth": 0, "highPercentPerMonth": %1}})";
    const Result<Scenario> atLimit =
        parse(withNumber(growth, GrowthAssumption::kMaxPercentPerMonth));
    ASSERT_TRUE(atLimit.ok()) << qPrintable(atLimit.errors().first().toString());
    EXPECT_EQ(atLimit->audienceGrowth->highPercentPerMonth, GrowthAssumption::kMaxPercentPerMonth);
    EXPECT_EQ(
        onlyError(withNumber(growth, GrowthAssumption::kMaxPercentPerMonth + 1)),
        QStringLiteral("test.rolelens.json: $.assumptions.audienceGrowth: expected 0 <= "
                       "lowPercentPerMonth <= highPercentPerMonth <= 1000, found 0 and 1001"));
}

// The owner's own figures for measures sit beside the growth assumption, keyed by metric id.
TEST(ScenarioFile, OwnFiguresAreKeyedByMetricAndChecked)
{
    const Result<Scenario> good = parse(withField(
        R"("assumptions": {"benchmarks": {"engagement-rate": 1.5, "response-time": 0}})"));
    ASSERT_TRUE(good.ok()) << qPrintable(good.errors().first().toString());
    EXPECT_EQ(good->ownFigures, (QMap<QString, double>{{QStringLiteral("engagement-rate"), 1.5},
                                                       {QStringLiteral("response-time"), 0.0}}));
    EXPECT_FALSE(good->audienceGrowth.has_value());
    EXPECT_TRUE(ScenarioFile::toJson(good.value()).contains("\"benchmarks\""));

    const QString file = QStringLiteral("test.rolelens.json: ");
    EXPECT_EQ(onlyError(withField(R"("assumptions": {"benchmarks": {"engagment-rate": 1.5}})")),
              file + QStringLiteral("$.assumptions.benchmarks.engagment-rate: unknown metric "
                                    "\"engagment-rate\" (the keys are metric ids, such as "
                                    "engagement-rate)"));
    EXPECT_EQ(onlyError(withField(R"("assumptions": {"benchmarks": {"reach": -3}})")),
              file + QStringLiteral("$.assumptions.benchmarks.reach: -3 is out of range "
                                    "(expected 0 to 1,000,000,000)"));
    EXPECT_TRUE(onlyError(withField(R"("assumptions": {"benchmarks": {"reach": "many"}})"))
                    .startsWith(file + QStringLiteral("$.assumptions.benchmarks.reach: expected "
                                                      "a number")));
    EXPECT_TRUE(onlyError(withField(R"("assumptions": {"benchmarks": [1.5]})"))
                    .startsWith(file + QStringLiteral("$.assumptions.benchmarks: expected an "
                                                      "object")));
}

TEST(ScenarioFile, FollowersAreAcceptedUpToTheirLimits)
{
    using Followers = Scenario::Followers;
    const char *counts = R"("followers": {"current": %1, "target": %1, "weeks": 4})";
    const char *weeks = R"("followers": {"current": 1, "target": 2, "weeks": %1})";
    const Result<Scenario> atLimit = parse(withNumber(counts, Followers::kMaxCount));
    ASSERT_TRUE(atLimit.ok()) << qPrintable(atLimit.errors().first().toString());
    EXPECT_EQ(*atLimit->followers, (Followers{Followers::kMaxCount, Followers::kMaxCount, 4}));
    const Result<Scenario> longest = parse(withNumber(weeks, Followers::kMaxWeeks));
    ASSERT_TRUE(longest.ok()) << qPrintable(longest.errors().first().toString());
    EXPECT_EQ(longest->followers->weeks, Followers::kMaxWeeks);

    EXPECT_EQ(onlyError(withNumber(weeks, Followers::kMaxWeeks + 1)),
              QStringLiteral("test.rolelens.json: $.followers.weeks: 521 is out of range "
                             "(expected 1 to 520)"));
    // JsonReader's cap on whole numbers answers before the range check does.
    const QString pastCount = onlyError(withNumber(
        R"("followers": {"current": %1, "target": 1, "weeks": 4})", Followers::kMaxCount + 1.0));
    EXPECT_EQ(pastCount, QStringLiteral("test.rolelens.json: $.followers.current: 1,000,000,001 is "
                                        "far too large (whole numbers up to 1,000,000,000)"));
}

TEST(ScenarioFile, AmountsAreAcceptedUpToTheirLimit)
{
    const double limit = Scenario::Budget::kMaxAmount;
    const char *amounts = R"("budget": {"monthlySalary": %1, "monthlyAdSpend": %1})";
    const Result<Scenario> atLimit = parse(withNumber(amounts, limit));
    ASSERT_TRUE(atLimit.ok()) << qPrintable(atLimit.errors().first().toString());
    EXPECT_EQ(*atLimit->budget, (Scenario::Budget{QString(), limit, limit}));
    EXPECT_EQ(onlyError(withNumber(R"("budget": {"monthlySalary": %1})", limit + 1)),
              QStringLiteral("test.rolelens.json: $.budget.monthlySalary: 1,000,000,001 is out of "
                             "range (expected 0 to 1,000,000,000)"));
    EXPECT_EQ(onlyError(withNumber(R"("budget": {"monthlyAdSpend": %1})", limit + 1)),
              QStringLiteral("test.rolelens.json: $.budget.monthlyAdSpend: 1,000,000,001 is out of "
                             "range (expected 0 to 1,000,000,000)"));
}

TEST(ScenarioFile, ManyProblemsAreAllReported)
{
    const Result<Scenario> result = parse(withField(
        R"("goals": ["x"], "tasks": ["y"], "followers": {"current": -1, "target": 1, "weeks": 0})"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors().size(), 4);
}

TEST(ScenarioFile, SyntaxErrorsHaveLineAndColumn)
{
    const Result<Scenario> result = parse("{\n  \"format\": \"rolelens-scenario\",\n  oops\n}");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors().first().line, 3);
    EXPECT_GT(result.errors().first().column, 0);
}

TEST(ScenarioFile, FilesThatCannotBeReadAreRefusedWithTheirPath)
{
    QTemporaryDir dir;
    const Result<Scenario> folder = ScenarioFile::load(dir.path(), builtInCatalog());
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.errors().first().file, dir.path());
    EXPECT_TRUE(folder.errors().first().message.contains(QStringLiteral("folder")));

    const QString missing = dir.filePath(QStringLiteral("missing.rolelens.json"));
    EXPECT_FALSE(ScenarioFile::load(missing, builtInCatalog()).ok());

    const QString big = dir.filePath(QStringLiteral("big.rolelens.json"));
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(ScenarioFile::kMaxFileBytes + 1, ' '));
    file.close();
    const Result<Scenario> tooBig = ScenarioFile::load(big, builtInCatalog());
    ASSERT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.errors().first().message.contains(QStringLiteral("limited")));
}

TEST(ScenarioFile, FailedSaveLeavesThePreviousFileIntact)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kept.rolelens.json"));
    Scenario first;
    first.businessName = QStringLiteral("First");
    ASSERT_EQ(ScenarioFile::save(path, first), std::nullopt);
    QFile before(path);
    ASSERT_TRUE(before.open(QIODevice::ReadOnly));
    const QByteArray original = before.readAll();
    before.close();

    // A path under a regular file cannot be written, even as root.
    const auto underFile =
        ScenarioFile::save(path + QStringLiteral("/inside.rolelens.json"), fullScenario());
    ASSERT_TRUE(underFile.has_value());
    EXPECT_TRUE(underFile->contains(path));
    // A folder is not a file.
    const auto folder = ScenarioFile::save(dir.path(), fullScenario());
    ASSERT_TRUE(folder.has_value());
    EXPECT_TRUE(folder->contains(QStringLiteral("folder")));

    // Disk full (AtomicFileTest tries every fault; this is the scenario's own path to it).
    EXPECT_TRUE(testing::withFileSizeLimit(
        16, [&] { return ScenarioFile::save(path, fullScenario()).has_value(); }));

    QFile after(path);
    ASSERT_TRUE(after.open(QIODevice::ReadOnly));
    EXPECT_EQ(after.readAll(), original);
    // No temporary file is left behind.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files),
              QStringList{QStringLiteral("kept.rolelens.json")});
}

} // namespace
} // namespace rolelens
