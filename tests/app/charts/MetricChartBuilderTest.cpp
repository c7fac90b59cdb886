#include "charts/MetricChartBuilder.h"

#include "sheet/ChartPrintStyle.h"
#include "support/BuiltInCatalog.h"
#include "support/InLanguage.h"
#include "support/QtPrinters.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QPalette>
#include <QValueAxis>

#include <gtest/gtest.h>

#include <memory>

// The metric charts' names stay whole: a long one (Spanish, French, German) takes two lines
// beside its bar instead of running off the chart's left edge.
namespace rolelens {
namespace {

QStringList categories(const QChart &chart)
{
    for (QAbstractAxis *axis : chart.axes(Qt::Vertical)) {
        if (auto *names = qobject_cast<QBarCategoryAxis *>(axis)) {
            return names->categories();
        }
    }
    return {};
}

TEST(MetricChartBuilder, ALongMetricNameTakesTwoLinesAShortOneOne)
{
    const testing::InLanguage spanish(QStringLiteral("es"));
    const Catalog catalog = testing::builtInCatalogIn(QStringLiteral("es"));
    const Role *role = catalog.role(QStringLiteral("social-media-manager"));
    ASSERT_NE(role, nullptr);
    const std::unique_ptr<QChart> chart(
        MetricChartBuilder::roleMetrics(catalog, *role, QPalette()));
    const QStringList shown = categories(*chart);
    ASSERT_FALSE(shown.isEmpty());
    const QString growth = catalog.metricName(QStringLiteral("audience-growth"));
    EXPECT_GT(growth.size(), 26) << qPrintable(growth);
    bool longOneBroken = false;
    for (const QString &name : shown) {
        const QString whole = QString(name).replace(QStringLiteral("<br>"), QStringLiteral(" "));
        EXPECT_LE(name.count(QStringLiteral("<br>")), 1) << qPrintable(name);
        // Every line short enough, every word still whole.
        for (const QString &line : name.split(QStringLiteral("<br>"))) {
            EXPECT_LE(line.size(), 26) << qPrintable(name);
        }
        longOneBroken = longOneBroken || whole == growth;
        if (whole.size() <= 26) {
            EXPECT_EQ(name, whole); // a short name stays on one line
        }
    }
    EXPECT_TRUE(longOneBroken) << qPrintable(shown.join(QLatin1Char('|')));
}

// Printed, a bar is too thin for two lines (Qt would leave the name out): one line each.
TEST(MetricChartBuilder, APrintedChartWritesEachNameOnOneLine)
{
    const testing::InLanguage spanish(QStringLiteral("es"));
    const Catalog catalog = testing::builtInCatalogIn(QStringLiteral("es"));
    const Role *role = catalog.role(QStringLiteral("social-media-manager"));
    ASSERT_NE(role, nullptr);
    const std::unique_ptr<QChart> chart(
        MetricChartBuilder::roleMetrics(catalog, *role, QPalette()));
    ASSERT_TRUE(categories(*chart).join(QString()).contains(QStringLiteral("<br>")));
    ChartPrintStyle::applyToBars(chart.get());
    const QStringList printed = categories(*chart);
    EXPECT_FALSE(printed.join(QString()).contains(QStringLiteral("<br>")));
    EXPECT_TRUE(printed.contains(catalog.metricName(QStringLiteral("audience-growth"))))
        << qPrintable(printed.join(QLatin1Char('|')));
}

// Qt Charts reads an axis' label format as bytes of printf: anything but ASCII (a French
// no-break space before "%") comes out as a replacement character on every label.
TEST(MetricChartBuilder, EveryAxisLabelFormatIsAsciiInEveryLanguage)
{
    for (const char *code : {"en", "de", "es", "fr"}) {
        const QString language = QString::fromLatin1(code);
        const testing::InLanguage speaking(language);
        const Catalog catalog = testing::builtInCatalogIn(language);
        const std::unique_ptr<QChart> chart(MetricChartBuilder::expectedResults(
            RoleCurve::fromCatalog(catalog, {QStringLiteral("social-media-manager")}), QPalette()));
        for (const QAbstractAxis *axis : chart->axes()) {
            const auto *values = qobject_cast<const QValueAxis *>(axis);
            ASSERT_NE(values, nullptr);
            for (const QChar c : values->labelFormat()) {
                EXPECT_LT(c.unicode(), 0x80) << code << ": " << qPrintable(values->labelFormat());
            }
        }
    }
}

} // namespace
} // namespace rolelens
