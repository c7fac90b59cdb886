#pragma once

#include "charts/FollowerChartBuilder.h"
#include "charts/MetricChartBuilder.h"
#include "support/AdviceAcceptance.h"
#include "support/BuiltInCatalog.h"

#include <QChart>
#include <QPalette>

#include <memory>
#include <vector>

// Every kind of chart the window and the sheets draw, built over the built-in catalog in one
// palette, with as many series as each can hold: what the chart tests look at.
namespace rolelens::testing {

struct BuiltChart {
    const char *name;
    std::unique_ptr<QChart> chart;
};

inline const QStringList &fourRoles()
{
    static const QStringList roles{
        QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
        QStringLiteral("social-media-marketer"), QStringLiteral("community-manager")};
    return roles;
}

inline std::vector<BuiltChart> everyChart(const QPalette &palette)
{
    const Catalog &catalog = builtInCatalog();
    const Role *manager = catalog.role(fourRoles().constFirst());
    std::vector<BuiltChart> charts;
    charts.push_back({"role metrics", std::unique_ptr<QChart>(MetricChartBuilder::roleMetrics(
                                          catalog, *manager, palette))});
    charts.push_back({"compared metrics",
                      std::unique_ptr<QChart>(
                          MetricChartBuilder::groupedMetrics(catalog, fourRoles(), palette))});
    charts.push_back(
        {"expected results", std::unique_ptr<QChart>(MetricChartBuilder::expectedResults(
                                 RoleCurve::fromCatalog(catalog, fourRoles()), palette))});
    charts.push_back({"followers", std::unique_ptr<QChart>(
                                       FollowerChartBuilder::build(bakery(), manager, palette))});
    return charts;
}

} // namespace rolelens::testing
