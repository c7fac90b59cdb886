#pragma once

#include <QtGlobal>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace rolelens {

// QChartView::setChart releases, but does not delete, the chart it showed before.
void replaceChart(QChartView *view, QChart *chart);
// An empty, antialiased view named `objectName`: one Tab stop (its viewport takes no focus).
QChartView *newChartView(const QString &objectName);

} // namespace rolelens
