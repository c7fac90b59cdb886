#include "ui/advisor/AdvisorView.h"

#include "catalog/CatalogLoader.h"
#include "charts/FollowerChartBuilder.h"
#include "scenario/ScenarioFile.h"
#include "sheet/SheetContent.h"
#include "support/QtPrinters.h"
#include "ui/advisor/CheckList.h"
#include "ui/advisor/FindingsTree.h"
#include "ui/advisor/RecommendationList.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/advisor/TargetsTable.h"
#include "ui/window/Dialogs.h"
#include "ui/window/MainWindow.h"
#include "ui/window/Settings.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace rolelens {
namespace {

const QString kSmm = QStringLiteral("social-media-manager");

Catalog loadCatalog()
{
    CatalogLoader loader;
    loader.addBuiltIn();
    return loader.finish().value();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class AdvisorViewTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Each test process autosaves into a folder of its own.
        ScenarioSession::setAutosaveFolder(m_dir.filePath(QStringLiteral("data")));
        QSettings().clear();
        m_window = openWindow();
        m_window->showView(MainWindow::View::Advisor);
    }

    void TearDown() override
    {
        m_window.reset();
        ScenarioSession::setAutosaveFolder({});
        QSettings().clear();
    }

    static std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(loadCatalog());
        window->restoreSettings();
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    AdvisorView *view() const { return m_window->advisorView(); }
    ScenarioForm *form() const { return view()->form(); }
    ScenarioSession *session() const { return m_window->scenarioSession(); }

    void trigger(const char *name) const
    {
        auto *action = m_window->findChild<QAction *>(QString::fromLatin1(name));
        ASSERT_NE(action, nullptr) << name;
        action->trigger();
    }

    void openFirstExample() const
    {
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuExamples"));
        ASSERT_NE(menu, nullptr);
        ASSERT_FALSE(menu->actions().isEmpty());
        menu->actions().first()->trigger();
    }

    QString severityOf(const char *findingId) const
    {
        QTreeWidgetItem *item = view()->findings()->findingItem(QString::fromLatin1(findingId));
        return item ? item->data(0, FindingsTree::SeverityRole).toString() : QString();
    }

    // The bakery that wants 50,000 followers in four weeks, entered as an owner would.
    void enterOvernightFollowers() const
    {
        form()->considering()->setCurrentIndex(form()->considering()->findData(kSmm));
        form()->goals()->setChecked(QStringLiteral("brand-awareness"), true);
        form()->tasks()->setChecked(QStringLiteral("content-creation"), true);
        form()->followersBox()->setChecked(true);
        form()->currentFollowers()->setValue(1200);
        form()->targetFollowers()->setValue(50000);
        form()->weeks()->setValue(4);
        form()->judgeBy()->setChecked(QStringLiteral("follower-count"), true);
    }

    static QLineSeries *series(const QChartView *chartView, const char *name)
    {
        for (QAbstractSeries *candidate : chartView->chart()->series()) {
            if (candidate->objectName() == QLatin1String(name)) {
                return qobject_cast<QLineSeries *>(candidate);
            }
        }
        return nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(AdvisorViewTest, TheAdvisorIsTheThirdTabAndScrollsItsForm)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    ASSERT_NE(tabs, nullptr);
    EXPECT_EQ(tabs->count(), 3);
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
    EXPECT_TRUE(item->child(0)->text(0).contains(QStringLiteral("months")));
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
    // One row per realistic target, the followers row labelled as an assumption.
    const auto &targets = view()->advice().realisticTargets;
    ASSERT_EQ(view()->targets()->rowCount(), targets.size());
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
    QLineSeries *owner = series(view()->chartView(), FollowerChartBuilder::kOwnerSeries);
    QLineSeries *low = series(view()->chartView(), FollowerChartBuilder::kLowSeries);
    QLineSeries *high = series(view()->chartView(), FollowerChartBuilder::kHighSeries);
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
    EXPECT_EQ(view()->chartView()->chart()->axes().size(), 2);
    for (QAbstractAxis *axis : view()->chartView()->chart()->axes()) {
        EXPECT_FALSE(axis->titleText().isEmpty());
    }
    EXPECT_TRUE(view()->chartView()->chart()->legend()->isVisible());

    // The owner's own growth figures move the realistic curves; Reset brings the catalog's back.
    form()->growthHigh()->setValue(growth->highPercentPerMonth * 2);
    ASSERT_TRUE(view()->scenario().audienceGrowth.has_value());
    EXPECT_DOUBLE_EQ(view()->scenario().audienceGrowth->highPercentPerMonth,
                     growth->highPercentPerMonth * 2);
    high = series(view()->chartView(), FollowerChartBuilder::kHighSeries);
    ASSERT_NE(high, nullptr);
    EXPECT_GT(high->points().last().y(), expectedHigh);
    form()->findChild<QPushButton *>(QStringLiteral("growthReset"))->click();
    EXPECT_FALSE(view()->scenario().audienceGrowth.has_value());
    EXPECT_DOUBLE_EQ(form()->growthHigh()->value(), growth->highPercentPerMonth);
}

TEST_F(AdvisorViewTest, AnExampleOpensAsAnUntitledCopyWithItsValuesInTheForm)
{
    m_window->showView(MainWindow::View::Browse);
    openFirstExample();
    const QString resource = ScenarioFile::examples().first();
    const auto expected = ScenarioFile::load(resource, m_window->catalog());
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    EXPECT_EQ(form()->businessName()->text(), expected->businessName);
    EXPECT_EQ(form()->considering()->currentData().toString(), expected->considering);
    EXPECT_EQ(form()->goals()->checkedIds(), expected->goals);
    EXPECT_EQ(form()->tasks()->checkedIds(), expected->tasks);
    EXPECT_TRUE(form()->followersBox()->isChecked());
    EXPECT_EQ(form()->currentFollowers()->value(), expected->followers->current);
    EXPECT_EQ(form()->targetFollowers()->value(), expected->followers->target);
    EXPECT_EQ(form()->weeks()->value(), expected->followers->weeks);
    EXPECT_EQ(form()->currency()->text(), expected->budget->currency);
    EXPECT_EQ(view()->scenario(), expected.value());
    EXPECT_TRUE(session()->filePath().isEmpty());
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_EQ(severityOf("follower-growth-unrealistic"), QStringLiteral("critical"));

    // Export and print produce the expectations agreement for what is on screen.
    const PdfExport::Document document = m_window->currentDocument();
    EXPECT_EQ(document.title, SheetContent::agreementDocument(m_window->catalog(),
                                                              view()->scenario(), view()->advice())
                                  .title);
    EXPECT_TRUE(document.title.contains(m_window->catalog().roleTitle(kSmm)));

    // Saving an example's copy asks for a name: answering Cancel keeps it untitled.
    Dialogs::setNextSaveFileName(QString());
    trigger("actionSaveScenario");
    EXPECT_TRUE(session()->filePath().isEmpty());
}

TEST_F(AdvisorViewTest, EveryExampleRoundTripsThroughTheForm)
{
    for (const QString &resource : ScenarioFile::examples()) {
        const auto expected = ScenarioFile::load(resource, m_window->catalog());
        ASSERT_TRUE(expected.ok()) << resource.toStdString();
        ASSERT_TRUE(session()->openExample(resource));
        EXPECT_EQ(view()->scenario(), expected.value()) << resource.toStdString();
    }
}

TEST_F(AdvisorViewTest, SaveAsAndReopenGiveTheSameScenario)
{
    enterOvernightFollowers();
    form()->businessName()->setText(QStringLiteral("Corner Bakery"));
    form()->currency()->setText(QStringLiteral("EUR"));
    form()->adSpend()->setValue(0);
    form()->growthLow()->setValue(1.5);
    const Scenario entered = view()->scenario();
    ASSERT_TRUE(entered.budget.has_value());
    EXPECT_EQ(entered.budget->monthlyAdSpend, 0.0);
    EXPECT_FALSE(entered.budget->monthlySalary.has_value());
    ASSERT_TRUE(entered.audienceGrowth.has_value());

    // No suffix typed: the scenario suffix is added.
    const QString path = m_dir.filePath(QStringLiteral("bakery"));
    Dialogs::setNextSaveFileName(path);
    trigger("actionSaveScenarioAs");
    const QString saved = path + QStringLiteral(".rolelens.json");
    ASSERT_TRUE(QFileInfo::exists(saved));
    EXPECT_EQ(session()->filePath(), saved);
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_TRUE(m_window->windowTitle().contains(QStringLiteral("bakery.rolelens.json")));
    EXPECT_EQ(ScenarioSession::recentFiles().value(0), saved);

    trigger("actionNewScenario");
    EXPECT_EQ(view()->scenario(), Scenario{});
    Dialogs::setNextOpenFileName(saved);
    trigger("actionOpenScenario");
    EXPECT_EQ(view()->scenario(), entered);
    EXPECT_EQ(session()->filePath(), saved);
    EXPECT_FALSE(m_window->isWindowModified());

    // Changing a value and changing it back is no change.
    form()->weeks()->setValue(5);
    EXPECT_TRUE(m_window->isWindowModified());
    form()->weeks()->setValue(4);
    EXPECT_FALSE(m_window->isWindowModified());
}

TEST_F(AdvisorViewTest, AFailedSaveKeepsTheChangesAndThePreviousFile)
{
    enterOvernightFollowers();
    const QString path = m_dir.filePath(QStringLiteral("kept.rolelens.json"));
    Dialogs::setNextSaveFileName(path);
    trigger("actionSaveScenarioAs");
    const QByteArray before = readAll(path);
    ASSERT_FALSE(before.isEmpty());

    form()->targetFollowers()->setValue(2000);
    ASSERT_TRUE(m_window->isWindowModified());
    // A folder, and a path under a regular file: neither can be written.
    for (const QString &bad : {m_dir.path(), path + QStringLiteral("/inside.rolelens.json")}) {
        Dialogs::setNextSaveFileName(bad);
        trigger("actionSaveScenarioAs");
        EXPECT_TRUE(Dialogs::lastWarning().contains(bad)) << Dialogs::lastWarning().toStdString();
        EXPECT_TRUE(m_window->isWindowModified());
        EXPECT_EQ(session()->filePath(), path);
        EXPECT_EQ(readAll(path), before);
        EXPECT_EQ(form()->targetFollowers()->value(), 2000);
    }
}

TEST_F(AdvisorViewTest, AFailedOpenKeepsTheCurrentScenario)
{
    enterOvernightFollowers();
    const Scenario entered = view()->scenario();
    const QString broken = m_dir.filePath(QStringLiteral("broken.rolelens.json"));
    QFile file(broken);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "rolelens-scenario", "version": 1, "goals": ["no-such-goal"]})");
    file.close();
    Dialogs::setNextOpenFileName(broken);
    trigger("actionOpenScenario");
    EXPECT_TRUE(Dialogs::lastWarning().contains(QStringLiteral("$.goals")))
        << Dialogs::lastWarning().toStdString();
    EXPECT_EQ(view()->scenario(), entered);
    EXPECT_TRUE(m_window->isWindowModified());
}

TEST_F(AdvisorViewTest, UnsavedChangesPromptCancelKeepsAndDiscardReplaces)
{
    form()->businessName()->setText(QStringLiteral("Changed"));
    ASSERT_TRUE(m_window->isWindowModified());

    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Cancel);
    trigger("actionNewScenario");
    EXPECT_TRUE(Dialogs::lastQuestion().contains(QStringLiteral("Untitled")));
    EXPECT_EQ(form()->businessName()->text(), QStringLiteral("Changed"));
    EXPECT_TRUE(m_window->isWindowModified());

    // Closing the window asks too; Cancel keeps it open.
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Cancel);
    EXPECT_FALSE(m_window->close());
    EXPECT_TRUE(m_window->isVisible());

    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
    openFirstExample();
    EXPECT_NE(form()->businessName()->text(), QStringLiteral("Changed"));
    EXPECT_FALSE(m_window->isWindowModified());
}

TEST_F(AdvisorViewTest, SaveInThePromptSavesThenGoesOn)
{
    form()->businessName()->setText(QStringLiteral("Prompted"));
    const QString path = m_dir.filePath(QStringLiteral("prompted.rolelens.json"));
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Save);
    Dialogs::setNextSaveFileName(path);
    trigger("actionNewScenario");
    ASSERT_TRUE(QFileInfo::exists(path));
    EXPECT_EQ(ScenarioFile::load(path, m_window->catalog())->businessName,
              QStringLiteral("Prompted"));
    EXPECT_EQ(view()->scenario(), Scenario{});
    EXPECT_FALSE(m_window->isWindowModified());
}

TEST_F(AdvisorViewTest, AnAutosaveIsWrittenAndANewWindowRecoversIt)
{
    const QString path = m_dir.filePath(QStringLiteral("original.rolelens.json"));
    enterOvernightFollowers();
    Dialogs::setNextSaveFileName(path);
    trigger("actionSaveScenarioAs");
    form()->targetFollowers()->setValue(3000);
    const Scenario changed = view()->scenario();
    EXPECT_TRUE(session()->autosavePending());
    // The real, debounced timer.
    EXPECT_TRUE(QTest::qWaitFor([] { return QFileInfo::exists(ScenarioSession::autosavePath()); },
                                ScenarioSession::kAutosaveDelayMs * 3));

    // A crash: the window goes without being closed.
    m_window.reset();
    ASSERT_TRUE(QFileInfo::exists(ScenarioSession::autosavePath()));
    Dialogs::setNextQuestionAnswer(true);
    m_window = openWindow();
    EXPECT_TRUE(Dialogs::lastQuestion().contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    EXPECT_EQ(view()->scenario(), changed);
    EXPECT_EQ(session()->filePath(), path);
    EXPECT_TRUE(m_window->isWindowModified());

    // Saving removes the autosave; a clean close leaves none.
    trigger("actionSaveScenario");
    EXPECT_FALSE(QFileInfo::exists(ScenarioSession::autosavePath()));
    EXPECT_EQ(ScenarioFile::load(path, m_window->catalog()).value(), changed);
    EXPECT_TRUE(m_window->close());
    EXPECT_FALSE(QFileInfo::exists(ScenarioSession::autosavePath()));
}

TEST_F(AdvisorViewTest, DecliningRecoveryDeletesTheAutosave)
{
    form()->businessName()->setText(QStringLiteral("Lost"));
    session()->writeAutosave();
    ASSERT_TRUE(QFileInfo::exists(ScenarioSession::autosavePath()));
    m_window.reset();
    Dialogs::setNextQuestionAnswer(false);
    m_window = openWindow();
    EXPECT_FALSE(QFileInfo::exists(ScenarioSession::autosavePath()));
    EXPECT_EQ(view()->scenario(), Scenario{});
    EXPECT_FALSE(m_window->isWindowModified());
}

TEST_F(AdvisorViewTest, DiscardingOrUndoingRemovesTheAutosave)
{
    form()->businessName()->setText(QStringLiteral("Draft"));
    session()->writeAutosave();
    ASSERT_TRUE(QFileInfo::exists(ScenarioSession::autosavePath()));
    // Back to what the file holds: nothing unsaved, nothing to recover.
    form()->businessName()->setText(QString());
    EXPECT_FALSE(QFileInfo::exists(ScenarioSession::autosavePath()));

    form()->businessName()->setText(QStringLiteral("Draft"));
    session()->writeAutosave();
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
    EXPECT_TRUE(m_window->close());
    EXPECT_FALSE(QFileInfo::exists(ScenarioSession::autosavePath()));
}

TEST_F(AdvisorViewTest, RecentFilesAndTheSplitterAreRemembered)
{
    for (int i = 0; i < ScenarioSession::kMaxRecentFiles + 2; ++i) {
        Dialogs::setNextSaveFileName(m_dir.filePath(QStringLiteral("s%1.rolelens.json").arg(i)));
        trigger("actionSaveScenarioAs");
    }
    const QStringList recent = ScenarioSession::recentFiles();
    ASSERT_EQ(recent.size(), ScenarioSession::kMaxRecentFiles);
    EXPECT_TRUE(recent.first().endsWith(QStringLiteral("s9.rolelens.json")));
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), ScenarioSession::kMaxRecentFiles);
    menu->actions().at(1)->trigger();
    EXPECT_EQ(session()->filePath(), recent.at(1));

    view()->splitter()->setSizes({300, 700});
    const QList<int> sizes = view()->splitter()->sizes();
    m_window->saveSettings();
    m_window.reset();
    m_window = openWindow();
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    EXPECT_EQ(view()->splitter()->sizes(), sizes);
}

// The Advisor view is built the first time it is shown; until then the session holds the
// scenario, opens, saves and counts changes as it does with the view.
TEST(ScenarioSessionWithoutView, HoldsTheScenarioUntilTheAdvisorViewIsBuilt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    ScenarioSession::setAutosaveFolder(dir.filePath(QStringLiteral("data")));
    QSettings().clear();
    {
        // Not shown: the Advisor view is built when it is.
        MainWindow window(loadCatalog());
        ScenarioSession *session = window.scenarioSession();
        const QString example = ScenarioFile::examples().first();
        const Scenario expected = ScenarioFile::load(example, window.catalog()).value();
        ASSERT_NE(expected, Scenario{});

        ASSERT_TRUE(session->openExample(example));
        EXPECT_FALSE(window.isAdvisorViewBuilt());
        EXPECT_EQ(session->scenario(), expected);
        EXPECT_FALSE(session->isModified());
        const QString early = dir.filePath(QStringLiteral("early.rolelens.json"));
        Dialogs::setNextSaveFileName(early);
        ASSERT_TRUE(session->saveAs());
        EXPECT_EQ(ScenarioFile::load(early, window.catalog()).value(), expected);
        EXPECT_FALSE(window.isAdvisorViewBuilt());

        window.showView(MainWindow::View::Advisor);
        window.show();
        ASSERT_TRUE(window.isAdvisorViewBuilt());
        EXPECT_EQ(window.advisorView()->scenario(), expected);
        EXPECT_EQ(window.advisorView()->form()->businessName()->text(), expected.businessName);
        EXPECT_FALSE(session->isModified());
        EXPECT_FALSE(window.isWindowModified());
        window.advisorView()->form()->businessName()->setText(QStringLiteral("Changed"));
        EXPECT_TRUE(session->isModified());
        EXPECT_TRUE(window.isWindowModified());
        Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
        EXPECT_TRUE(window.close());
    }
    ScenarioSession::setAutosaveFolder({});
    QSettings().clear();
}

} // namespace
} // namespace rolelens
