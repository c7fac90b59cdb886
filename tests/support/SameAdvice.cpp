#include "support/SameAdvice.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens::testing {

void expectSameRecommendations(const QList<Advice::Recommendation> &actual,
                               const QList<Advice::Recommendation> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        const auto &a = actual.at(i);
        const auto &e = expected.at(i);
        ASSERT_EQ(a.roleId, e.roleId) << "at rank " << i;
        EXPECT_DOUBLE_EQ(a.fit, e.fit) << qPrintable(a.roleId);
        EXPECT_EQ(a.coveredGoals, e.coveredGoals) << qPrintable(a.roleId);
        EXPECT_EQ(a.missedGoals, e.missedGoals) << qPrintable(a.roleId);
        EXPECT_EQ(a.coveredTasks, e.coveredTasks) << qPrintable(a.roleId);
        EXPECT_EQ(a.missedTasks, e.missedTasks) << qPrintable(a.roleId);
        EXPECT_EQ(a.reasons, e.reasons) << qPrintable(a.roleId);
    }
}

void expectSameAdvice(const Advice &actual, const Advice &expected)
{
    EXPECT_EQ(actual.judgedRoleId, expected.judgedRoleId);
    expectSameRecommendations(actual.recommendations, expected.recommendations);
    ASSERT_EQ(actual.findings.size(), expected.findings.size());
    for (qsizetype i = 0; i < actual.findings.size(); ++i) {
        const auto &a = actual.findings.at(i);
        const auto &e = expected.findings.at(i);
        EXPECT_EQ(a.id, e.id);
        EXPECT_EQ(a.severity, e.severity) << qPrintable(a.id);
        EXPECT_EQ(a.subject, e.subject) << qPrintable(a.id);
        EXPECT_EQ(a.message, e.message) << qPrintable(a.id);
        EXPECT_EQ(a.explanation, e.explanation) << qPrintable(a.id);
        EXPECT_EQ(a.suggestion, e.suggestion) << qPrintable(a.id);
        EXPECT_TRUE(a.sources == e.sources) << qPrintable(a.id);
    }
    ASSERT_EQ(actual.realisticTargets.size(), expected.realisticTargets.size());
    for (qsizetype i = 0; i < actual.realisticTargets.size(); ++i) {
        const auto &a = actual.realisticTargets.at(i);
        const auto &e = expected.realisticTargets.at(i);
        EXPECT_EQ(a.metricId, e.metricId);
        EXPECT_EQ(a.weight, e.weight) << qPrintable(a.metricId);
        EXPECT_EQ(a.ranges.size(), e.ranges.size()) << qPrintable(a.metricId);
        EXPECT_EQ(a.ownerTarget, e.ownerTarget) << qPrintable(a.metricId);
        EXPECT_EQ(a.ownFigure, e.ownFigure) << qPrintable(a.metricId);
        EXPECT_TRUE(a.benchmarks == e.benchmarks) << qPrintable(a.metricId);
        EXPECT_TRUE(a.sources == e.sources) << qPrintable(a.metricId);
    }
}

} // namespace rolelens::testing
