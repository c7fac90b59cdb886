#include "ui/window/MainWindow.h"

#include "catalog/CatalogLoader.h"
#include "support/QtPrinters.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/ProfileView.h"
#include "ui/browse/RoleListModel.h"
#include "ui/compare/CompareView.h"
#include "ui/compare/ComparisonTableModel.h"
#include "ui/window/Dialogs.h"
#include "ui/window/Settings.h"

#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

Catalog loadCatalog()
{
    CatalogLoader loader;
    loader.addBuiltIn();
    return loader.finish().value();
}

class MainWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>(loadCatalog());
        m_window->restoreSettings();
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void TearDown() override { QSettings().clear(); }

    QStringList visibleRoleIds() const
    {
        QStringList ids;
        const QAbstractItemModel *model = m_window->browseView()->roleList()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.append(model->index(row, 0).data(RoleListModel::IdRole).toString());
        }
        return ids;
    }

    const Role &role(const char *id) const
    {
        return *m_window->catalog().role(QString::fromLatin1(id));
    }

    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, TypingInTheSearchFieldFiltersTheList)
{
    m_window->findChild<QAction *>(QStringLiteral("actionFind"))->trigger();
    QLineEdit *search = m_window->browseView()->searchField();
    EXPECT_TRUE(search->hasFocus());
    QTest::keyClicks(search, QStringLiteral("press release"));
    const QStringList ids = visibleRoleIds();
    EXPECT_TRUE(ids.contains(QStringLiteral("public-relations-specialist")));
    EXPECT_FALSE(ids.contains(QStringLiteral("social-media-influencer")));
    const auto *count = m_window->findChild<QLabel *>(QStringLiteral("matchCount"));
    EXPECT_EQ(count->text(), QStringLiteral("%1 of 9 roles match").arg(ids.size()));

    search->clear();
    QTest::keyClicks(search, QStringLiteral("roas"));
    EXPECT_EQ(visibleRoleIds(), QStringList{QStringLiteral("social-media-marketer")});
    QTest::keyClick(search, Qt::Key_Return);
    EXPECT_EQ(m_window->browseView()->selectedRoleId(), QStringLiteral("social-media-marketer"));
}

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
    const auto lineAt = [this](int index) {
        return qobject_cast<QLineSeries *>(
            m_window->compareView()->resultsChartView()->chart()->series().at(index));
    };
    ASSERT_EQ(m_window->compareView()->resultsChartView()->chart()->series().size(), 2);
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
    ASSERT_TRUE(assumptions->setData(assumptions->index(0, AssumptionTableModel::StartColumn), 20));
    EXPECT_TRUE(assumptions->isChanged());
    EXPECT_DOUBLE_EQ(lineAt(0)->at(4 * 20).y(), 0.0); // nothing before the new delay
    assumptions->resetToCatalog();
    EXPECT_FALSE(assumptions->isChanged());
    EXPECT_GT(lineAt(0)->at(4 * 20).y(), 0.0);
}

// Finds a link in the profile text and clicks it, as a user would.
void clickLink(QTextBrowser *browser, const QString &href)
{
    QTextDocument *document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().anchorHref() != href) {
                continue;
            }
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position() + 1);
            browser->setTextCursor(cursor);
            browser->ensureCursorVisible();
            QTest::mouseClick(browser->viewport(), Qt::LeftButton, {},
                              browser->cursorRect(cursor).center());
            return;
        }
    }
    ADD_FAILURE() << "no link to " << qPrintable(href);
}

TEST_F(MainWindowTest, ClickingAHandledByLinkOpensThatRole)
{
    m_window->browseView()->selectRole(QStringLiteral("social-media-manager"));
    QTextBrowser *browser = m_window->browseView()->profile()->browser();
    clickLink(browser, QStringLiteral("role:public-relations-specialist"));
    EXPECT_EQ(m_window->browseView()->selectedRoleId(),
              QStringLiteral("public-relations-specialist"));
    EXPECT_TRUE(browser->toPlainText().startsWith(QStringLiteral("Public relations specialist")));
    // Hidden by a search, the role is still opened: the filter is cleared.
    m_window->browseView()->searchField()->setText(QStringLiteral("influencer"));
    clickLink(browser, QStringLiteral("role:social-media-manager"));
    EXPECT_EQ(m_window->browseView()->selectedRoleId(), QStringLiteral("social-media-manager"));
}

TEST_F(MainWindowTest, ProfileShowsEveryPartOfTheRole)
{
    m_window->browseView()->selectRole(QStringLiteral("social-media-manager"));
    const QString text = m_window->browseView()->profile()->browser()->toPlainText();
    for (const auto dimension : dimensions::all()) {
        EXPECT_TRUE(text.contains(dimensions::label(dimension)))
            << qPrintable(dimensions::label(dimension));
    }
    for (const char *heading :
         {"Responsibilities", "Skills", "Success metrics", "Reports to", "Supervises",
          "What this role does not do", "Misconceptions", "Where the sources disagree", "Sources",
          "Expected results over time"}) {
        EXPECT_TRUE(text.contains(QString::fromLatin1(heading))) << heading;
    }
    auto *stacked = qobject_cast<QHorizontalStackedBarSeries *>(
        m_window->browseView()->profile()->chartView()->chart()->series().first());
    ASSERT_NE(stacked, nullptr);
    EXPECT_EQ(stacked->barSets().first()->count(), role("social-media-manager").metrics.size());
}

TEST_F(MainWindowTest, SettingsSurviveARestart)
{
    m_window->resize(1000, 700);
    m_window->browseView()->selectRole(QStringLiteral("community-manager"));
    m_window->compareView()->setRoles({QStringLiteral("website-manager"),
                                       QStringLiteral("marketing-strategist"),
                                       QStringLiteral("administrative-assistant")});
    m_window->showView(MainWindow::View::Compare);
    m_window->close();

    MainWindow restarted(loadCatalog());
    restarted.restoreSettings();
    EXPECT_EQ(restarted.browseView()->selectedRoleId(), QStringLiteral("community-manager"));
    EXPECT_EQ(
        restarted.compareView()->roles(),
        (QStringList{QStringLiteral("website-manager"), QStringLiteral("marketing-strategist"),
                     QStringLiteral("administrative-assistant")}));
    EXPECT_EQ(restarted.currentView(), MainWindow::View::Compare);
    EXPECT_EQ(restarted.size(), QSize(1000, 700));
}

TEST_F(MainWindowTest, OnlyTheViewOnScreenIsBuiltForTheFirstPaintTheOthersRightAfter)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("community-manager"), QStringLiteral("website-manager")});
    m_window->close();

    MainWindow restarted(loadCatalog());
    restarted.restoreSettings();
    restarted.show();
    // Shown, not painted yet.
    EXPECT_EQ(restarted.currentView(), MainWindow::View::Browse);
    EXPECT_FALSE(restarted.isCompareViewBuilt());
    EXPECT_FALSE(restarted.isAdvisorViewBuilt());
    EXPECT_EQ(restarted.findChild<CompareView *>(), nullptr);

    // Shown: built at the page's size, with the roles of the last session, and painted at once.
    restarted.showView(MainWindow::View::Compare);
    ASSERT_TRUE(restarted.isCompareViewBuilt());
    EXPECT_FALSE(restarted.isAdvisorViewBuilt());
    CompareView *compare = restarted.findChild<CompareView *>();
    ASSERT_NE(compare, nullptr);
    EXPECT_TRUE(compare->isVisible());
    EXPECT_EQ(compare->geometry(), compare->parentWidget()->rect());
    EXPECT_EQ(compare->roles(), (QStringList{QStringLiteral("community-manager"),
                                             QStringLiteral("website-manager")}));
    EXPECT_EQ(restarted.compareView(), compare);

    // After the first paint, the rest, without being shown.
    EXPECT_TRUE(QTest::qWaitFor([&] { return restarted.isAdvisorViewBuilt(); }));
    EXPECT_EQ(restarted.currentView(), MainWindow::View::Compare);
    AdvisorView *advisor = restarted.findChild<AdvisorView *>();
    EXPECT_FALSE(advisor->isVisible());
    // Built hidden, shown later: it fills its page.
    restarted.showView(MainWindow::View::Advisor);
    EXPECT_TRUE(advisor->isVisible());
    EXPECT_EQ(advisor->geometry(), advisor->parentWidget()->rect());
    EXPECT_EQ(advisor->parentWidget()->size(), compare->parentWidget()->size());

    // Adding from Browse builds the comparison when it is not built yet.
    MainWindow fresh(loadCatalog());
    fresh.browseView()->selectRole(QStringLiteral("marketing-strategist"));
    fresh.findChild<QAction *>(QStringLiteral("actionAddToComparison"))->trigger();
    EXPECT_TRUE(fresh.isCompareViewBuilt());
    EXPECT_EQ(fresh.compareView()->roles(), QStringList{QStringLiteral("marketing-strategist")});
}

TEST_F(MainWindowTest, TheMinimumSizeIsEveryViewsFromTheFirstPaintOn)
{
    MainWindow window(loadCatalog());
    window.show();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window.isCompareViewBuilt() && window.isAdvisorViewBuilt(); }));
    QApplication::sendPostedEvents(); // the layouts' requests
    const QSize minimum = window.minimumSizeHint();
    EXPECT_GE(minimum.width(), window.advisorView()->minimumSizeHint().width());
    EXPECT_GE(minimum.height(), window.advisorView()->minimumSizeHint().height());
    // Shrunk as far as it goes on Browse, the window does not grow when another view shows.
    window.resize(minimum);
    QApplication::sendPostedEvents();
    const QSize shrunk = window.size();
    for (const auto view : {MainWindow::View::Advisor, MainWindow::View::Compare}) {
        window.showView(view);
        QApplication::sendPostedEvents();
        EXPECT_EQ(window.minimumSizeHint(), minimum);
        EXPECT_EQ(window.size(), shrunk);
    }
}

TEST_F(MainWindowTest, ViewsNeverBuiltKeepTheLastSessionsStateWhenSaved)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("community-manager"), QStringLiteral("website-manager")});
    m_window->showView(MainWindow::View::Advisor);
    m_window->advisorView()->splitter()->setSizes({300, 800});
    const QByteArray advisorSplitter = m_window->advisorView()->splitter()->saveState();
    m_window->showView(MainWindow::View::Browse);
    m_window->close();

    // A session that never builds Compare or Advisor (never painted: they are built right
    // after the first paint) saves what it restored for them.
    {
        MainWindow browsing(loadCatalog());
        browsing.restoreSettings();
        browsing.close();
        EXPECT_FALSE(browsing.isCompareViewBuilt());
        EXPECT_FALSE(browsing.isAdvisorViewBuilt());
    }
    EXPECT_EQ(
        Settings::value(Settings::Key::ComparedRoles).toStringList(),
        (QStringList{QStringLiteral("community-manager"), QStringLiteral("website-manager")}));
    EXPECT_EQ(Settings::value(Settings::Key::AdvisorSplitter).toByteArray(), advisorSplitter);

    MainWindow restarted(loadCatalog());
    restarted.restoreSettings();
    restarted.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&restarted));
    restarted.showView(MainWindow::View::Advisor);
    EXPECT_EQ(restarted.advisorView()->splitter()->saveState(), advisorSplitter);
}

TEST_F(MainWindowTest, EveryControlHasAnAccessibleName)
{
    // Every view, not only the one built at start.
    ASSERT_NE(m_window->compareView(), nullptr);
    ASSERT_NE(m_window->advisorView(), nullptr);
    for (QWidget *widget : m_window->findChildren<QWidget *>()) {
        const bool control =
            qobject_cast<QLineEdit *>(widget) || qobject_cast<QListView *>(widget) ||
            qobject_cast<QTextBrowser *>(widget) || qobject_cast<QChartView *>(widget);
        if (control) {
            EXPECT_FALSE(widget->accessibleName().isEmpty())
                << widget->metaObject()->className() << " " << qPrintable(widget->objectName())
                << " in "
                << (widget->parentWidget() ? widget->parentWidget()->metaObject()->className()
                                           : "");
        }
    }
}

} // namespace
} // namespace rolelens

namespace rolelens {
namespace {

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

namespace rolelens {
namespace {

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

TEST_F(MainWindowTest, ExportsTheComparisonOnScreenAsPdf)
{
    QTemporaryDir folder;
    m_window->compareView()->setRoles(
        {QStringLiteral("social-media-manager"), QStringLiteral("community-manager")});
    m_window->showView(MainWindow::View::Compare);
    AssumptionTableModel *assumptions = m_window->compareView()->assumptionModel();
    ASSERT_TRUE(assumptions->setData(assumptions->index(1, AssumptionTableModel::RampColumn), 12));

    Dialogs::setNextSaveFileName(folder.filePath(QStringLiteral("meeting"))); // no extension
    m_window->findChild<QAction *>(QStringLiteral("actionExportPdf"))->trigger();
    const QString path = folder.filePath(QStringLiteral("meeting.pdf"));
    ASSERT_TRUE(QFile::exists(path));
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Social media manager vs Community manager")));
    // The sheet shows the assumptions as they are on screen, marked as changed.
    EXPECT_TRUE(
        text.contains(QStringLiteral("Community manager (changed from the catalog's values)")))
        << qPrintable(text.left(400));
    EXPECT_TRUE(text.contains(QStringLiteral("full effect 12 weeks later")));
    EXPECT_EQ(Settings::value(Settings::Key::ExportFolder).toString(),
              QFileInfo(path).absolutePath());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("meeting.pdf")));
}

TEST_F(MainWindowTest, ExportsTheSelectedProfileFromBrowse)
{
    QTemporaryDir folder;
    m_window->showView(MainWindow::View::Browse);
    m_window->browseView()->selectRole(QStringLiteral("social-media-influencer"));
    const QString path = folder.filePath(QStringLiteral("influencer.pdf"));
    Dialogs::setNextSaveFileName(path);
    EXPECT_TRUE(m_window->exportPdf());
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Role profile")));
    EXPECT_TRUE(text.startsWith(QStringLiteral("RoleLens · Social media influencer")));
}

TEST_F(MainWindowTest, AFailedExportSaysWhyAndKeepsTheOldFile)
{
    QTemporaryDir folder;
    const QString folderNamedLikeAPdf = folder.filePath(QStringLiteral("sheet.pdf"));
    ASSERT_TRUE(QDir().mkpath(folderNamedLikeAPdf));
    Dialogs::setNextSaveFileName(folderNamedLikeAPdf);
    EXPECT_FALSE(m_window->exportPdf());
    EXPECT_TRUE(Dialogs::lastWarning().contains(folderNamedLikeAPdf));
    EXPECT_TRUE(Dialogs::lastWarning().contains(QStringLiteral("folder")));
    EXPECT_TRUE(QFileInfo(folderNamedLikeAPdf).isDir());

    Dialogs::setNextSaveFileName(QString()); // the user cancels
    EXPECT_FALSE(m_window->exportPdf());
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              QStringList{QStringLiteral("sheet.pdf")});
}

} // namespace
} // namespace rolelens

namespace rolelens {
namespace {

TEST_F(MainWindowTest, PrintPreviewShowsTheSameSheet)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer")});
    m_window->showView(MainWindow::View::Compare);
    int pages = 0;
    QTimer::singleShot(0, [&pages] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        auto *preview = dialog->findChild<QPrintPreviewWidget *>();
        ASSERT_NE(preview, nullptr);
        pages = preview->pageCount();
        dialog->reject();
    });
    m_window->findChild<QAction *>(QStringLiteral("actionPrintPreview"))->trigger();
    // The same sheet as the PDF: several pages, not an empty preview.
    EXPECT_GE(pages, 3);
}

} // namespace
} // namespace rolelens
