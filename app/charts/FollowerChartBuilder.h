#pragma once

#include "model/Role.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QPalette>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace rolelens {

// The owner's expected follower curve (a straight line from now to the target) against what
// the role realistically achieves, low and high: it plots core's FollowerProjection as it is.
// Core data in, QChart out.
class FollowerChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(FollowerChartBuilder)

public:
    // Object names of the series, for tests and accessibility.
    static const char *const kOwnerSeries;
    static const char *const kLowSeries;
    static const char *const kHighSeries;

    // What the chart shows, in a sentence: the accessible description of a view showing it.
    static QString description();

    // A chart with a title that says what is missing when there is nothing to draw.
    static QChart *build(const Scenario &scenario, const Role *role, const QPalette &palette);
};

} // namespace rolelens
