// The Advisor view: the form, and the findings, recommendations, targets and chart it drives.

#include "app/ui/advisor/AdvisorViewTest.h"

#include "advisor/Advisor.h"
#include "charts/FollowerChartBuilder.h"
#include "model/GrowthAssumption.h"
#include "report/Figures.h"
#include "report/builders/AdviceDocument.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/PlanTree.h"
#include "ui/advisor/RecommendationList.h"
#include "ui/advisor/TargetsTable.h"
#include "ui/widgets/ChartPanel.h"
#include "ui/window/Dialogs.h"

#include <QChart>
#include <QChartView>
#include <QDoubleSpinBox>
#include <QLineSeries>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>

namespace rolelens {
namespace {

QLineSeries *series(const QChartView *chartView, const char *name)
{
    for (QAbstractSeries *candidate : chartView->chart()->series()) {
        if (candidate->objectName() == QLatin1String(name)) {
            return qobject_cast<QLineSeries *>(candidate);
        }
    }
    return nullptr;
}

TEST_F(AdvisorViewTest, TheAdvisorIsTheThirdTabAndScrollsItsForm)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 5);
    // The page that built the view the first time it was shown.
    EXPECT_EQ(view()->parentWidget(), tabs->widget(2));
    EXPECT_EQ(view()->geometry(), tabs->widget(2)->rect());
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    auto *area = view()->findChild<QScrollArea *>(QStringLiteral("scenarioFormArea"));
    ASSERT_NE(area, nullptr);
    EXPECT_EQ(area->widget(), form());
    EXPECT_FALSE(area->accessibleName().isEmpty());
    EXPECT_FALSE(view()->findings()->accessibleName().isEmpty());
    // A new window starts with an empty, unmodified, untitled scenario.
    EXPECT_EQ(view()->scenario(), Scenario{});
    // With nothing asked there is no verdict yet: not the green "no conflicts" of real advice.
    ASSERT_EQ(view()->findings()->topLevelItemCount(), 1);
    EXPECT_EQ(view()->findings()->topLevelItem(0)->text(0),
              QStringLiteral("Findings show here once you say what you want from the hire."));
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("[*]")));
}

TEST_F(AdvisorViewTest, OvernightFollowersAreFlaggedAndARealisticTargetClearsIt)
{
    enterOvernightFollowers();
    EXPECT_EQ(severityOf("follower-growth-unrealistic"), QStringLiteral("critical"));
    EXPECT_EQ(severityOf("judged-by-follower-count"), QStringLiteral("warning"));
    EXPECT_TRUE(m_window->isWindowModified());

    // Children: why, what to do, and numbered sources with their quote as a tooltip.
    QTreeWidgetItem *item =
        view()->findings()->findingItem(QStringLiteral("follower-growth-unrealistic"));
    ASSERT_NE(item, nullptr);
    ASSERT_EQ(item->childCount(), 3);
    EXPECT_TRUE(item->child(0)->text(0).contains(QStringLiteral("assumption")));
    const QTreeWidgetItem *sources = item->child(2);
    ASSERT_NE(sources, nullptr);
    const QTreeWidgetItem *firstSource = sources->child(0);
    ASSERT_NE(firstSource, nullptr);
    EXPECT_TRUE(firstSource->text(0).startsWith(QStringLiteral("[")));
    EXPECT_FALSE(firstSource->toolTip(0).isEmpty());
    EXPECT_FALSE(item->icon(0).isNull());

    // 1,200 -> 1,250 in four weeks is within the manager's assumed range.
    form()->targetFollowers()->setValue(1250);
    EXPECT_EQ(view()->findings()->findingItem(QStringLiteral("follower-growth-unrealistic")),
              nullptr);
    EXPECT_EQ(severityOf("judged-by-follower-count"), QStringLiteral("warning"));

    // Judging by engagement instead clears the other one.
    form()->judgeBy()->setChecked(QStringLiteral("follower-count"), false);
    EXPECT_FALSE(
        view()->findings()->findingIds().contains(QStringLiteral("judged-by-follower-count")));
}

// The plan comes first, each engagement a line of its own with its reasons below it; the
// ranking is the next tab.
TEST_F(AdvisorViewTest, ThePlanLeadsAndFollowsTheForm)
{
    ASSERT_EQ(view()->planTabs()->currentWidget(), view()->plan());
    EXPECT_EQ(view()->planTabs()->indexOf(view()->recommendations()), 1);
    enterOvernightFollowers();
    form()->goals()->setChecked(QStringLiteral("immediate-visibility"), true);
    form()->tasks()->setChecked(QStringLiteral("website-maintenance"), true);
    const PlanTree *plan = view()->plan();
    EXPECT_EQ(plan->roleIds(), (QStringList{kSmm, QStringLiteral("social-media-influencer"),
                                            QStringLiteral("website-manager")}));
    QStringList engagements;
    for (int i = 0; i < plan->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = plan->topLevelItem(i);
        engagements.append(item->data(0, PlanTree::EngagementRole).toString());
        EXPECT_GE(item->childCount(), 2) << "reasons and sources under " << i;
    }
    EXPECT_EQ(engagements, (QStringList{QStringLiteral("hire"), QStringLiteral("campaign"),
                                        QStringLiteral("contract-out")}));
    EXPECT_TRUE(plan->topLevelItem(2)->text(0).contains(QStringLiteral("Maintaining the website")));

    form()->goals()->setChecked(QStringLiteral("immediate-visibility"), false);
    form()->tasks()->setChecked(QStringLiteral("website-maintenance"), false);
    EXPECT_EQ(plan->roleIds(), QStringList{kSmm});
}

TEST_F(AdvisorViewTest, RecommendationsAndTargetsFollowTheForm)
{
    EXPECT_TRUE(view()->recommendations()->roleIds().isEmpty());
    enterOvernightFollowers();
    const QStringList ranked = view()->recommendations()->roleIds();
    ASSERT_FALSE(ranked.isEmpty());
    EXPECT_EQ(ranked, [&] {
        QStringList ids;
        for (const auto &recommendation : view()->advice().recommendations) {
            ids.append(recommendation.roleId);
        }
        return ids;
    }());
    // One row per realistic target and one per published benchmark under it, the followers
    // row labelled as an assumption.
    const auto &targets = view()->advice().realisticTargets;
    qsizetype rows = 0;
    for (const auto &target : targets) {
        EXPECT_GE(view()->targets()->rowOf(target.metricId), 0) << qPrintable(target.metricId);
        rows += 1 + target.benchmarks.size();
    }
    ASSERT_EQ(view()->targets()->rowCount(), rows);
    int followersRow = -1;
    for (int row = 0; row < view()->targets()->rowCount(); ++row) {
        if (view()->targets()->item(row, TargetsTable::MetricColumn)->data(Qt::UserRole) ==
            QStringLiteral("follower-count")) {
            followersRow = row;
        }
    }
    ASSERT_GE(followersRow, 0);
    EXPECT_EQ(view()->targets()->item(followersRow, TargetsTable::BasisColumn)->text(),
              QStringLiteral("Assumption"));
    EXPECT_TRUE(view()
                    ->targets()
                    ->item(followersRow, TargetsTable::OwnerColumn)
                    ->text()
                    .startsWith(QStringLiteral("50,000")));
}

TEST_F(AdvisorViewTest, TheChartSetsTheOwnersLineAgainstTheRealisticRange)
{
    enterOvernightFollowers();
    QLineSeries *owner = series(view()->chartPanel()->view(), FollowerChartBuilder::kOwnerSeries);
    QLineSeries *low = series(view()->chartPanel()->view(), FollowerChartBuilder::kLowSeries);
    QLineSeries *high = series(view()->chartPanel()->view(), FollowerChartBuilder::kHighSeries);
    ASSERT_NE(owner, nullptr);
    ASSERT_NE(low, nullptr);
    ASSERT_NE(high, nullptr);
    EXPECT_EQ(owner->points().first(), QPointF(0, 1200));
    EXPECT_EQ(owner->points().last(), QPointF(4, 50000));

    const auto growth = m_window->catalog().role(kSmm)->audienceGrowth;
    ASSERT_TRUE(growth.has_value());
    const double months = Advisor::weeksToMonths(4);
    const double expectedLow =
        1200 * (1 + GrowthAssumption::compounded(growth->lowPercentPerMonth, months) / 100);
    const double expectedHigh =
        1200 * (1 + GrowthAssumption::compounded(growth->highPercentPerMonth, months) / 100);
    EXPECT_EQ(low->points().first(), QPointF(0, 1200));
    EXPECT_DOUBLE_EQ(low->points().last().x(), 4);
    EXPECT_NEAR(low->points().last().y(), expectedLow, 1e-6);
    EXPECT_NEAR(high->points().last().y(), expectedHigh, 1e-6);
    EXPECT_LT(expectedHigh, 50000);
    EXPECT_EQ(view()->chartPanel()->view()->chart()->axes().size(), 2);
    // The weeks are titled; what is counted, followers, is the chart's title.
    const QList<QAbstractAxis *> weeks =
        view()->chartPanel()->view()->chart()->axes(Qt::Horizontal);
    ASSERT_EQ(weeks.size(), 1);
    EXPECT_FALSE(weeks.first()->titleText().isEmpty());
    EXPECT_TRUE(view()->chartPanel()->title().startsWith(QStringLiteral("Followers")));
    // Title and legend wrap beside the chart rather than being cut short inside it.
    EXPECT_TRUE(view()->chartPanel()->view()->chart()->title().isEmpty());
    EXPECT_TRUE(
        view()->chartPanel()->title().contains(m_window->catalog().role(kSmm)->title.toLower()));
    for (const QLineSeries *line : {owner, low, high}) {
        EXPECT_TRUE(view()->chartPanel()->legend().contains(line->name()))
            << qPrintable(line->name());
    }

    // The owner's own growth figures move the realistic curves; Reset brings the catalog's back.
    form()->growthHigh()->setValue(growth->highPercentPerMonth * 2);
    ASSERT_TRUE(view()->scenario().audienceGrowth.has_value());
    EXPECT_DOUBLE_EQ(view()->scenario().audienceGrowth->highPercentPerMonth,
                     growth->highPercentPerMonth * 2);
    high = series(view()->chartPanel()->view(), FollowerChartBuilder::kHighSeries);
    ASSERT_NE(high, nullptr);
    EXPECT_GT(high->points().last().y(), expectedHigh);
    form()->findChild<QPushButton *>(QStringLiteral("growthReset"))->click();
    EXPECT_FALSE(view()->scenario().audienceGrowth.has_value());
    EXPECT_DOUBLE_EQ(form()->growthHigh()->value(), growth->highPercentPerMonth);
}

TEST_F(AdvisorViewTest, TheFormStopsAtTheLimitsTheFilesAccept)
{
    using Followers = Scenario::Followers;
    EXPECT_EQ(form()->currentFollowers()->maximum(), Followers::kMaxCount);
    EXPECT_EQ(form()->targetFollowers()->maximum(), Followers::kMaxCount);
    EXPECT_EQ(form()->weeks()->maximum(), Followers::kMaxWeeks);
    EXPECT_EQ(form()->salary()->maximum(), Scenario::Budget::kMaxAmount);
    EXPECT_EQ(form()->adSpend()->maximum(), Scenario::Budget::kMaxAmount);
    EXPECT_EQ(form()->growthLow()->maximum(), GrowthAssumption::kMaxPercentPerMonth);
    EXPECT_EQ(form()->growthHigh()->maximum(), GrowthAssumption::kMaxPercentPerMonth);

    // One past each limit stops at it.
    form()->considering()->setCurrentIndex(form()->considering()->findData(kSmm));
    form()->followersBox()->setChecked(true);
    form()->targetFollowers()->setValue(Followers::kMaxCount + 1);
    form()->weeks()->setValue(Followers::kMaxWeeks + 1);
    form()->adSpend()->setValue(Scenario::Budget::kMaxAmount + 1);
    form()->growthHigh()->setValue(GrowthAssumption::kMaxPercentPerMonth + 1);
    EXPECT_EQ(form()->targetFollowers()->value(), Followers::kMaxCount);
    EXPECT_EQ(form()->weeks()->value(), Followers::kMaxWeeks);
    EXPECT_EQ(form()->adSpend()->value(), Scenario::Budget::kMaxAmount);
    EXPECT_EQ(form()->growthHigh()->value(), GrowthAssumption::kMaxPercentPerMonth);

    // Whatever the form lets an owner enter, a scenario file accepts.
    const Scenario entered = view()->scenario();
    ASSERT_TRUE(entered.followers.has_value());
    EXPECT_EQ(entered.followers->target, Followers::kMaxCount);
    ASSERT_TRUE(entered.budget.has_value());
    EXPECT_EQ(entered.budget->monthlyAdSpend, Scenario::Budget::kMaxAmount);
    ASSERT_TRUE(entered.audienceGrowth.has_value());
    const Result<Scenario> reread =
        ScenarioFile::parse(ScenarioFile::toJson(entered), QStringLiteral("entered.rolelens.json"),
                            m_window->catalog());
    ASSERT_TRUE(reread.ok()) << qPrintable(reread.errors().first().toString());
    EXPECT_EQ(reread.value(), entered);
}

// Each published figure sits under its measure in the words every output uses; a measure
// with none keeps the rule. The owner's own figure is typed into the table, marks the scenario
// changed and is saved with it.
TEST_F(AdvisorViewTest, BenchmarksSitUnderTheirMeasureAndTheOwnersFigureIsTypedBeside)
{
    enterOvernightFollowers();
    const Catalog &catalog = m_window->catalog();
    TargetsTable *table = view()->targets();
    const QString engagement = QStringLiteral("engagement-rate");
    const QList<Benchmark> published = catalog.benchmarksFor(engagement);
    const QList<int> benchmarkRows = table->benchmarkRows(engagement);
    ASSERT_FALSE(published.isEmpty());
    ASSERT_EQ(benchmarkRows.size(), published.size());
    for (qsizetype i = 0; i < published.size(); ++i) {
        const int row = benchmarkRows.at(i);
        EXPECT_EQ(table->item(row, TargetsTable::MetricColumn)->text().trimmed(),
                  Targets::benchmark(catalog, published.at(i)));
        EXPECT_EQ(table->columnSpan(row, TargetsTable::MetricColumn),
                  TargetsTable::OwnerColumn + 1);
        EXPECT_EQ(table->item(row, TargetsTable::BasisColumn)->text(),
                  QStringLiteral("Published benchmark"));
    }
    const int awareness = table->rowOf(QStringLiteral("brand-awareness"));
    ASSERT_GE(awareness, 0);
    EXPECT_TRUE(table->benchmarkRows(QStringLiteral("brand-awareness")).isEmpty());
    EXPECT_EQ(table->item(awareness, TargetsTable::FirstHorizonColumn)->text(),
              Targets::withoutRange(Advisor::kHorizons[0]));
    EXPECT_EQ(table->item(awareness, TargetsTable::BasisColumn)->text(),
              QStringLiteral("Agree a baseline"));
    // The followers row takes its target from the followers group, not from the table.
    const int followers = table->rowOf(QStringLiteral("follower-count"));
    ASSERT_GE(followers, 0);
    EXPECT_FALSE(table->item(followers, TargetsTable::OwnerColumn)->flags() & Qt::ItemIsEditable);

    const QString path = m_dir.filePath(QStringLiteral("figures.rolelens.json"));
    Dialogs::setNextSaveFileName(path);
    trigger("actionSaveScenarioAs");
    ASSERT_FALSE(m_window->isWindowModified());

    // Types a figure into the measure's cell as an owner would, and lets the edit land.
    const auto typeFigure = [&](double value) {
        const int row = table->rowOf(engagement);
        QTableWidgetItem *owner = table->item(row, TargetsTable::OwnerColumn);
        ASSERT_TRUE(owner->flags() & Qt::ItemIsEditable);
        table->setCurrentItem(owner);
        table->editItem(owner);
        // The editor open on the cell (an earlier one may wait to be deleted).
        auto *editor = qobject_cast<QDoubleSpinBox *>(
            table->indexWidget(table->model()->index(row, TargetsTable::OwnerColumn)));
        ASSERT_NE(editor, nullptr);
        EXPECT_EQ(editor->objectName(), QStringLiteral("ownFigureEditor"));
        editor->setValue(value);
        QTest::keyClick(editor, Qt::Key_Return);
        // Two queued steps: the view commits the editor's value, then the advisor view hands
        // it to the form.
        for (int step = 0; step < 2; ++step) {
            QCoreApplication::processEvents();
        }
    };
    typeFigure(1.5);
    EXPECT_EQ(view()->scenario().ownFigures.value(engagement), 1.5);
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_EQ(table->item(table->rowOf(engagement), TargetsTable::OwnerColumn)->text(),
              Figures::measure(1.5, QStringLiteral("%")));
    // The published figures stay beside it.
    EXPECT_EQ(table->benchmarkRows(engagement).size(), published.size());

    trigger("actionSaveScenario");
    EXPECT_FALSE(m_window->isWindowModified());
    const auto saved = ScenarioFile::load(path, catalog);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->ownFigures, (QMap<QString, double>{{engagement, 1.5}}));

    // "not set" takes it away again.
    typeFigure(-1);
    EXPECT_TRUE(view()->scenario().ownFigures.isEmpty());
    EXPECT_TRUE(m_window->isWindowModified());
}

} // namespace
} // namespace rolelens
