// Compare: the roles compared, the side-by-side table, the charts and the assumptions.

#include "app/ui/window/MainWindowTest.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/ProfileView.h"
#include "ui/compare/CompareView.h"
#include "ui/compare/ComparisonTableModel.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>

namespace rolelens {
namespace {

TEST_F(MainWindowTest, SelectingRolesFillsTheComparison)
{
    m_window->compareView()->setRoles({});
    m_window->browseView()->selectRole(QStringLiteral("social-media-manager"));
    m_window->findChild<QAction *>(QStringLiteral("actionAddToComparison"))->trigger();
    m_window->browseView()->selectRole(QStringLiteral("community-manager"));
    m_window->findChild<QAction *>(QStringLiteral("actionAddToComparison"))->trigger();
    EXPECT_EQ(m_window->compareView()->roles(), (QStringList{QStringLiteral("social-media-manager"),
                                                             QStringLiteral("community-manager")}));

    const ComparisonTableModel *model = m_window->compareView()->tableModel();
    ASSERT_EQ(model->columnCount(), 2);
    ASSERT_EQ(model->rowCount(), dimensions::all().size() + 6);
    EXPECT_EQ(model->headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("Social media manager"));
    for (int row = 0; row < dimensions::all().size(); ++row) {
        const Dimension dimension = dimensions::all().at(row);
        EXPECT_EQ(model->index(row, 0).data().toString(),
                  role("social-media-manager").dimension(dimension).text);
        EXPECT_EQ(model->index(row, 1).data().toString(),
                  role("community-manager").dimension(dimension).text);
    }
    const int decisionRow = static_cast<int>(dimensions::all().indexOf(Dimension::DecisionLevel));
    EXPECT_EQ(model->index(decisionRow, 0).data(ComparisonTableModel::RelationRole).toInt(),
              static_cast<int>(Relation::Different));
    EXPECT_TRUE(model->headerData(decisionRow, Qt::Vertical)
                    .toString()
                    .contains(QStringLiteral("different")));
    EXPECT_TRUE(model->index(decisionRow, 0).data(Qt::BackgroundRole).isValid()); // marked
    const int sharedRow = static_cast<int>(dimensions::all().size());
    EXPECT_TRUE(
        model->index(sharedRow, 0).data().toString().contains(QStringLiteral("Content calendar")));
}

TEST_F(MainWindowTest, AComparisonHoldsTwoToFourRoles)
{
    CompareView *compare = m_window->compareView();
    compare->setRoles({QStringLiteral("social-media-manager")});
    EXPECT_FALSE(compare->tabs()->isEnabled());
    EXPECT_EQ(compare->tableModel()->rowCount(), 0);
    compare->setRoles(
        {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
         QStringLiteral("social-media-marketer"), QStringLiteral("community-manager")});
    EXPECT_TRUE(compare->tabs()->isEnabled());
    QSignalSpy messages(compare, &CompareView::message);
    EXPECT_FALSE(compare->addRole(QStringLiteral("website-manager")));
    ASSERT_EQ(messages.count(), 1);
    EXPECT_TRUE(messages.first().first().toString().contains(QStringLiteral("at most 4")));
    compare->removeRole(QStringLiteral("social-media-influencer"));
    EXPECT_EQ(compare->roles().size(), 3);
    EXPECT_EQ(compare->tableModel()->columnCount(), 3);
}

TEST_F(MainWindowTest, ChartsPlotTheCatalogsWeights)
{
    const QStringList ids{QStringLiteral("social-media-manager"),
                          QStringLiteral("social-media-marketer")};
    m_window->compareView()->setRoles(ids);
    // The charts of a hidden view are drawn when it is shown.
    EXPECT_TRUE(m_window->compareView()->metricsChartView()->chart()->series().isEmpty());
    m_window->showView(MainWindow::View::Compare);
    QChart *chart = m_window->compareView()->metricsChartView()->chart();
    ASSERT_EQ(chart->series().size(), 1);
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().first());
    ASSERT_NE(series, nullptr);
    ASSERT_EQ(series->count(), 2);
    // Categories run bottom-up; the last category is the first metric in catalog order.
    QStringList metricIds;
    for (const auto &metric : m_window->catalog().metrics()) {
        if (role("social-media-manager").metricUse(metric.id) ||
            role("social-media-marketer").metricUse(metric.id)) {
            metricIds.prepend(metric.id);
        }
    }
    for (QBarSet *set : series->barSets()) {
        const Role *owner = nullptr;
        for (const auto &id : ids) {
            if (m_window->catalog().role(id)->title == set->label()) {
                owner = m_window->catalog().role(id);
            }
        }
        ASSERT_NE(owner, nullptr) << qPrintable(set->label());
        ASSERT_EQ(set->count(), metricIds.size());
        for (int i = 0; i < set->count(); ++i) {
            const MetricUse *use = owner->metricUse(metricIds.at(i));
            EXPECT_EQ(set->at(i), use ? use->weight : 0) << qPrintable(metricIds.at(i));
            EXPECT_EQ(set->isBarSelected(i),
                      use && use->emphasis == MetricUse::Emphasis::Secondary);
        }
    }

    // Each role's own chart, in its tab.
    ASSERT_EQ(m_window->compareView()->perRoleCharts()->count(), 2);
    auto *roleView =
        qobject_cast<QChartView *>(m_window->compareView()->perRoleCharts()->widget(1));
    auto *stacked =
        qobject_cast<QHorizontalStackedBarSeries *>(roleView->chart()->series().first());
    ASSERT_NE(stacked, nullptr);
    const Role &marketer = role("social-media-marketer");
    const QList<QBarSet *> sets = stacked->barSets();
    ASSERT_EQ(sets.at(0)->count(), marketer.metrics.size());
    for (int i = 0; i < sets.at(0)->count(); ++i) {
        const MetricUse &use = marketer.metrics.at(marketer.metrics.size() - 1 - i);
        EXPECT_EQ(sets.at(0)->at(i) + sets.at(1)->at(i), use.weight);
    }
}

TEST_F(MainWindowTest, ResultsChartFollowsTheAssumptionsAndTheirEdits)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer")});
    m_window->showView(MainWindow::View::Compare);
    const auto seriesOf = [this]<typename Series>(Series *) {
        QList<Series *> found;
        for (QAbstractSeries *series :
             m_window->compareView()->resultsChartView()->chart()->series()) {
            if (auto *typed = qobject_cast<Series *>(series)) {
                found.append(typed);
            }
        }
        return found;
    };
    const auto lineAt = [&](int index) {
        return seriesOf(static_cast<QLineSeries *>(nullptr)).value(index);
    };
    ASSERT_EQ(seriesOf(static_cast<QLineSeries *>(nullptr)).size(), 2);
    // Where the curves lie on each other, their markers' shapes and places tell them apart.
    const QList<QScatterSeries *> markers = seriesOf(static_cast<QScatterSeries *>(nullptr));
    ASSERT_EQ(markers.size(), 2);
    EXPECT_NE(markers.at(0)->markerShape(), markers.at(1)->markerShape());
    EXPECT_EQ(markers.at(0)->color(), lineAt(0)->pen().color());
    ASSERT_FALSE(markers.at(0)->points().isEmpty());
    for (const QPointF &point : markers.at(0)->points()) {
        EXPECT_TRUE(lineAt(0)->points().contains(point));
        for (const QPointF &other : markers.at(1)->points()) {
            EXPECT_NE(point.x(), other.x());
        }
    }
    const ResultCurve &influencer = *role("social-media-influencer").expectedResults;
    QLineSeries *line = lineAt(1);
    EXPECT_EQ(line->name(), QStringLiteral("Social media influencer"));
    for (const QPointF &point : line->points()) {
        EXPECT_DOUBLE_EQ(point.y(), 100.0 * influencer.valueAt(point.x()));
    }

    AssumptionTableModel *assumptions = m_window->compareView()->assumptionModel();
    EXPECT_FALSE(assumptions->isChanged());
    EXPECT_FALSE(assumptions->setData(assumptions->index(0, AssumptionTableModel::RampColumn),
                                      0)); // ramp > 0
    EXPECT_FALSE(
        assumptions->setData(assumptions->index(0, AssumptionTableModel::StartColumn), -3));
    // The table takes what the catalog would: up to ResultCurve::kMaxWeeks.
    EXPECT_FALSE(assumptions->setData(assumptions->index(0, AssumptionTableModel::StartColumn),
                                      ResultCurve::kMaxWeeks + 1));
    EXPECT_FALSE(assumptions->isChanged());
    ASSERT_TRUE(assumptions->setData(assumptions->index(0, AssumptionTableModel::StartColumn),
                                     ResultCurve::kMaxWeeks));
    ASSERT_TRUE(assumptions->setData(assumptions->index(0, AssumptionTableModel::StartColumn), 20));
    EXPECT_TRUE(assumptions->isChanged());
    EXPECT_DOUBLE_EQ(lineAt(0)->at(4 * 20).y(), 0.0); // nothing before the new delay
    assumptions->resetToCatalog();
    EXPECT_FALSE(assumptions->isChanged());
    EXPECT_GT(lineAt(0)->at(4 * 20).y(), 0.0);
}

TEST_F(MainWindowTest, ChartsFollowAPaletteChange)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("social-media-manager"), QStringLiteral("community-manager")});
    m_window->showView(MainWindow::View::Compare);
    const QPalette original = QApplication::palette();
    QPalette dark = original;
    dark.setColor(QPalette::Base, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    QApplication::setPalette(dark);
    QApplication::processEvents();
    EXPECT_EQ(m_window->compareView()->metricsChartView()->chart()->backgroundBrush().color(),
              QColor(0x10, 0x10, 0x10));
    // The profile is hidden behind the Compare tab: it follows when shown again.
    m_window->showView(MainWindow::View::Browse);
    EXPECT_EQ(m_window->browseView()->profile()->chartView()->chart()->backgroundBrush().color(),
              QColor(0x10, 0x10, 0x10));
    QApplication::setPalette(original);
}

} // namespace
} // namespace rolelens
