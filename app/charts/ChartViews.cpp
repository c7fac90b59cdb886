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

QChartView *newChartView(const QString &objectName)
{
    auto *view = new QChartView;
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    // The view is the Tab stop, with its name; its unnamed viewport is not another one.
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    return view;
}

} // namespace rolelens
