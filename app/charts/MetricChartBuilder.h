#pragma once

#include "catalog/Catalog.h"
#include "compare/RoleCurve.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace rolelens {

// Builds the charts from catalog data: core data in, QChart out (the caller owns it). The
// numbers plotted are the catalog's, unchanged, so a chart, a table and a sheet agree.
class MetricChartBuilder {
    Q_DECLARE_TR_FUNCTIONS(MetricChartBuilder)

public:
    // One role's metrics as horizontal bars of their weight, split by emphasis.
    static QChart *roleMetrics(const Catalog &catalog, const Role &role, const QPalette &palette);
    // Metrics on one axis, one bar set per role; secondary-emphasis bars are drawn lighter.
    // Only METRICIDS when given, else every metric the roles use.
    static QChart *groupedMetrics(const Catalog &catalog, const QStringList &roleIds,
                                  const QPalette &palette, const QStringList &metricIds = {});

    static constexpr int kWeeksShown = 52;
    // The object name of the series that mark a curve with its shape.
    static const char *const kMarkerSeries;
    // Expected results over the first year, one line per role, from its assumptions.
    static QChart *expectedResults(const QList<RoleCurve> &curves, const QPalette &palette);

    static QString metricToolTip(const Catalog &catalog, const QString &metricId);

    // What each chart shows, in a sentence: the accessible description of a view showing it.
    static QString roleMetricsDescription();
    static QString groupedMetricsDescription();
    static QString expectedResultsDescription();
};

} // namespace rolelens
