#include "model/ResultCurve.h"

#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

#include <utility>

namespace rolelens {
namespace {

TEST(ResultCurve, RampsSmoothlyAfterTheDelayAndLasts)
{
    const ResultCurve curve{4.0, 10.0, 0.0, std::nullopt, {}};
    EXPECT_DOUBLE_EQ(curve.valueAt(0.0), 0.0);
    EXPECT_DOUBLE_EQ(curve.valueAt(4.0), 0.0);
    EXPECT_DOUBLE_EQ(curve.valueAt(9.0), 0.5); // half way up the S-curve
    EXPECT_LT(curve.valueAt(5.0), 0.1);        // slow start
    EXPECT_DOUBLE_EQ(curve.valueAt(14.0), 1.0);
    EXPECT_DOUBLE_EQ(curve.valueAt(500.0), 1.0);
}

TEST(ResultCurve, HoldsThenHalvesEveryHalfLife)
{
    const ResultCurve curve{0.0, 1.0, 2.0, 3.0, {}};
    EXPECT_DOUBLE_EQ(curve.valueAt(1.0), 1.0);
    EXPECT_DOUBLE_EQ(curve.valueAt(3.0), 1.0);
    EXPECT_DOUBLE_EQ(curve.valueAt(6.0), 0.5);
    EXPECT_DOUBLE_EQ(curve.valueAt(9.0), 0.25);
}

QJsonObject withCurve(const QJsonObject &curve)
{
    return testing::withBossField(QStringLiteral("expectedResults"), curve);
}

const QJsonArray illustrative{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}};

TEST(ResultCurve, LoadsFromTheCatalog)
{
    const auto result = testing::load(withCurve({{QStringLiteral("startDelayWeeks"), 1},
                                                 {QStringLiteral("rampWeeks"), 2.5},
                                                 {QStringLiteral("holdWeeks"), 1},
                                                 {QStringLiteral("decayHalfLifeWeeks"), 4},
                                                 {QStringLiteral("sources"), illustrative}}));
    ASSERT_TRUE(result.ok());
    const auto &curve = result->role(QStringLiteral("boss"))->expectedResults;
    ASSERT_TRUE(curve.has_value());
    EXPECT_DOUBLE_EQ(curve->rampWeeks, 2.5);
    EXPECT_EQ(curve->decayHalfLifeWeeks, 4.0);
    EXPECT_FALSE(result->role(QStringLiteral("worker"))->expectedResults.has_value());
}

TEST(ResultCurve, ImpossibleAssumptionsAreRefusedWithTheirPath)
{
    const auto result = testing::load(withCurve({{QStringLiteral("startDelayWeeks"), -1},
                                                 {QStringLiteral("rampWeeks"), 0},
                                                 {QStringLiteral("holdWeeks"), 2},
                                                 {QStringLiteral("sources"), illustrative}}));
    ASSERT_FALSE(result.ok());
    QStringList paths;
    for (const auto &error : result.errors()) {
        paths.append(error.jsonPath);
    }
    EXPECT_TRUE(paths.contains(QStringLiteral("$.roles[0].expectedResults.startDelayWeeks")));
    EXPECT_TRUE(paths.contains(QStringLiteral("$.roles[0].expectedResults.rampWeeks")));
    EXPECT_TRUE(paths.contains(QStringLiteral("$.roles[0].expectedResults.holdWeeks")));
    const auto noSources = testing::load(
        withCurve({{QStringLiteral("startDelayWeeks"), 0}, {QStringLiteral("rampWeeks"), 1}}));
    EXPECT_FALSE(noSources.ok());
}

TEST(ResultCurve, TheCatalogAcceptsWeeksUpToTheLimit)
{
    const auto curveOf = [](double weeks) {
        return withCurve({{QStringLiteral("startDelayWeeks"), weeks},
                          {QStringLiteral("rampWeeks"), weeks},
                          {QStringLiteral("holdWeeks"), weeks},
                          {QStringLiteral("decayHalfLifeWeeks"), weeks},
                          {QStringLiteral("sources"), illustrative}});
    };
    const auto atLimit = testing::load(curveOf(ResultCurve::kMaxWeeks));
    ASSERT_TRUE(atLimit.ok()) << qPrintable(atLimit.errors().first().toString());
    const ResultCurve &curve = *atLimit->role(QStringLiteral("boss"))->expectedResults;
    EXPECT_EQ(curve, (ResultCurve{ResultCurve::kMaxWeeks, ResultCurve::kMaxWeeks,
                                  ResultCurve::kMaxWeeks, ResultCurve::kMaxWeeks, curve.sources}));

    const auto past = testing::load(curveOf(ResultCurve::kMaxWeeks + 1));
    QStringList errors;
    for (const auto &error : past.errors()) {
        errors.append(error.toString());
    }
    const QString prefix = QStringLiteral("test.json: $.roles[0].expectedResults.");
    for (const auto &[key, expected] :
         {std::pair{"startDelayWeeks", "521 weeks is out of range (expected from 0 to 520)"},
          {"rampWeeks", "521 weeks is out of range (expected more than 0 to 520)"},
          {"holdWeeks", "521 weeks is out of range (expected from 0 to 520)"},
          {"decayHalfLifeWeeks", "521 weeks is out of range (expected more than 0 to 520)"}}) {
        EXPECT_TRUE(errors.contains(prefix + QString::fromLatin1(key) + QStringLiteral(": ") +
                                    QString::fromLatin1(expected)))
            << key << qPrintable(errors.join(QLatin1Char('\n')));
    }
}

} // namespace
} // namespace rolelens
