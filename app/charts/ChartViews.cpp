#include "charts/ChartViews.h"

#include <QChart>
#include <QChartView>

namespace rolelens {

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *previous = view->chart();
    view->setChart(chart);
    delete previous;
}

} // namespace rolelens
