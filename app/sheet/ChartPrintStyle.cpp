#include "sheet/ChartPrintStyle.h"

#include "sheet/SheetStyle.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>

namespace rolelens {

// Chart text, like the sheet's, must stay searchable and needs no hinting (see
// SheetStyle::forPrint). Two fonts for all of a chart's text: each distinct font costs a
// fontconfig match.
void ChartPrintStyle::applyFonts(QChart *chart)
{
    QFont text = SheetStyle::forPrint(chart->legend()->font());
    text.setPointSizeF(8);
    QFont bold = text;
    bold.setBold(true);
    chart->setTitleFont(bold);
    chart->legend()->setFont(text);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(text);
        axis->setTitleFont(bold);
    }
}

void ChartPrintStyle::applyToBars(QChart *chart)
{
    applyFonts(chart);
    // A long name takes two lines beside a bar on screen (MetricChartBuilder); a printed bar
    // is too thin for two lines, which Qt then leaves out, and the page is wide enough for one.
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *names = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList oneLine = names->categories();
            for (QString &name : oneLine) {
                name.replace(QStringLiteral("<br>"), QStringLiteral(" "));
            }
            names->setCategories(oneLine);
        }
    }
}

} // namespace rolelens
