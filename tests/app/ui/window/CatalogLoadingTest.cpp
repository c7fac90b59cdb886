// Loading a large catalog behind the window (issue 8): the job on its worker thread, the
// window's loading page, and the real program started with catalog files.

#include "catalog/CatalogLoader.h"
#include "cli/ExitCode.h"
#include "support/CatalogGenerator.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/RecommendationList.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/RoleListModel.h"
#include "ui/compare/CompareView.h"
#include "ui/window/CatalogLoadJob.h"
#include "ui/window/CatalogLoadingPage.h"
#include "ui/window/MainWindow.h"
#include "ui/window/Settings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <gtest/gtest.h>

#include <atomic>

namespace rolelens {
namespace {

constexpr int kGeneratedRoles = 60;
constexpr quint32 kSeed = 7;

class CatalogLoadingTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_folder.isValid());
        QSettings().clear();
        // Two files, so that progress has something to report between them.
        const auto files = bench::generateCatalogFiles(kGeneratedRoles, kSeed,
                                                       bench::generateCatalog(40, kSeed).size());
        ASSERT_EQ(files.size(), 2U);
        for (std::size_t i = 0; i < files.size(); ++i) {
            m_files.append(write(bench::generatedFileName(i), files[i]));
        }
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_folder.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }

    static qsizetype builtInRoles()
    {
        CatalogLoader loader;
        loader.addBuiltIn();
        return loader.finish()->roles().size();
    }

    // Runs the job to its end with the event loop turning, as the window does.
    static void runToEnd(CatalogLoadJob &job)
    {
        QSignalSpy finished(&job, &CatalogLoadJob::finished);
        job.start();
        // A job cancelled before it starts may finish before wait() begins, and wait() only
        // counts signals that come after it is called.
        ASSERT_TRUE(!finished.isEmpty() || finished.wait(60000));
    }

    QTemporaryDir m_folder;
    QStringList m_files;
};

TEST_F(CatalogLoadingTest, JobLoadsTheFilesOffTheGuiThreadAndIndexesTheRoles)
{
    CatalogLoadJob job(m_files);
    QList<qint64> read;
    QStringList reading;
    qint64 total = 0;
    QThread *emittedOn = nullptr;
    QObject::connect(&job, &CatalogLoadJob::progress, &job,
                     [&](qint64 bytesRead, qint64 totalBytes, const QString &file) {
                         read.append(bytesRead);
                         reading.append(file);
                         total = totalBytes;
                     });
    QObject::connect(
        &job, &CatalogLoadJob::progress, &job, [&] { emittedOn = QThread::currentThread(); },
        Qt::DirectConnection);
    runToEnd(job);

    EXPECT_NE(emittedOn, nullptr);
    EXPECT_NE(emittedOn, QThread::currentThread()) << "loaded on the GUI thread";
    // Each file as it starts, then the reference check with everything read.
    ASSERT_EQ(reading.size(), 3);
    EXPECT_EQ(reading.at(0), m_files.at(0));
    EXPECT_EQ(reading.at(1), m_files.at(1));
    EXPECT_TRUE(reading.at(2).isEmpty());
    EXPECT_EQ(total, QFileInfo(m_files.at(0)).size() + QFileInfo(m_files.at(1)).size());
    EXPECT_EQ(read, (QList<qint64>{0, QFileInfo(m_files.at(0)).size(), total}));

    auto result = job.takeResult();
    ASSERT_TRUE(result.has_value());
    ASSERT_TRUE(result->ok());
    EXPECT_EQ(result->value().roles().size(), builtInRoles() + kGeneratedRoles);
    ASSERT_NE(job.searchIndex(), nullptr);
    EXPECT_EQ(job.searchIndex()->size(), static_cast<std::size_t>(result->value().roles().size()));
    // The same index the window would build itself.
    const SearchIndex own = SearchIndex::ofRoles(result->value());
    for (const QString &query : {QStringLiteral("coord"), QStringLiteral("social media"),
                                 QStringLiteral("ware"), QStringLiteral("zzz")}) {
        EXPECT_EQ(job.searchIndex()->match(query), own.match(query)) << qPrintable(query);
    }
    // And the advisor's lookups, every one of them.
    const Catalog &catalog = result->value();
    ASSERT_NE(job.advisorMemory(), nullptr);
    EXPECT_EQ(Advisor(catalog, job.advisorMemory()).rememberedLookups(),
              2 * catalog.goals().size() + catalog.tasks().size() + catalog.metrics().size() + 1);
}

TEST_F(CatalogLoadingTest, JobReportsEveryProblemWithTheFileAndNoIndex)
{
    const QString broken =
        write(QStringLiteral("broken.json"), "{\"formatVersion\": 1, \"roles\": [");
    CatalogLoadJob job({m_files.at(0), broken});
    runToEnd(job);
    auto result = job.takeResult();
    ASSERT_TRUE(result.has_value());
    ASSERT_FALSE(result->ok());
    ASSERT_FALSE(result->errors().isEmpty());
    EXPECT_TRUE(result->errors().first().toString().contains(QStringLiteral("broken.json")))
        << qPrintable(result->errors().first().toString());
    EXPECT_EQ(job.searchIndex(), nullptr);
    EXPECT_EQ(job.advisorMemory(), nullptr);
}

TEST_F(CatalogLoadingTest, CancelledJobEndsWithoutACatalog)
{
    CatalogLoadJob job(m_files);
    QSignalSpy progress(&job, &CatalogLoadJob::progress);
    job.cancel();
    runToEnd(job);
    EXPECT_FALSE(job.takeResult().has_value());
    EXPECT_EQ(job.searchIndex(), nullptr);
    EXPECT_EQ(job.advisorMemory(), nullptr);
    EXPECT_EQ(progress.count(), 0) << "read a file after being cancelled";
}

TEST_F(CatalogLoadingTest, JobDestroyedWhileLoadingStopsItsWorker)
{
    QPointer<QThread> worker;
    {
        CatalogLoadJob job(m_files);
        std::atomic<QThread *> started{nullptr};
        QObject::connect(
            &job, &CatalogLoadJob::progress, &job, [&] { started = QThread::currentThread(); },
            Qt::DirectConnection);
        job.start();
        QElapsedTimer clock;
        clock.start();
        while (!started && clock.elapsed() < 60000) {
            QThread::msleep(1);
        }
        ASSERT_NE(started.load(), nullptr);
        worker = started.load();
        // Leaving the scope destroys the job mid-load: it must stop and wait for its worker
        // (Qt aborts when a running QThread is destroyed).
    }
    EXPECT_TRUE(worker.isNull()) << "the worker thread outlived its job";
}

TEST_F(CatalogLoadingTest, WindowShowsProgressUntilItsCatalogArrives)
{
    MainWindow window;
    window.show();
    EXPECT_FALSE(window.hasCatalog());
    auto *page = qobject_cast<CatalogLoadingPage *>(window.centralWidget());
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(window.menuBar()->actions().isEmpty()) << "menus act on views not built yet";
    EXPECT_EQ(window.browseView(), nullptr);

    window.showLoadingProgress(250, 1000, m_files.at(1));
    auto *bar = page->findChild<QProgressBar *>(QStringLiteral("catalogLoadingProgress"));
    auto *detail = page->findChild<QLabel *>(QStringLiteral("catalogLoadingDetail"));
    ASSERT_NE(bar, nullptr);
    ASSERT_NE(detail, nullptr);
    EXPECT_EQ(bar->value(), bar->maximum() / 4);
    EXPECT_TRUE(detail->text().contains(QStringLiteral("generated-002.json")))
        << qPrintable(detail->text());
    window.showLoadingProgress(1000, 1000, QString());
    EXPECT_EQ(bar->value(), bar->maximum());
    EXPECT_FALSE(detail->text().contains(QStringLiteral(".json")));

    CatalogLoadJob job(m_files);
    runToEnd(job);
    auto result = job.takeResult();
    ASSERT_TRUE(result && result->ok());
    window.installCatalog(std::move(*result).value(), job.searchIndex(), job.advisorMemory());
    window.restoreSession();
    EXPECT_TRUE(window.hasCatalog());
    EXPECT_EQ(window.findChild<CatalogLoadingPage *>(), nullptr);
    ASSERT_NE(window.browseView(), nullptr);
    EXPECT_FALSE(window.menuBar()->actions().isEmpty());
    // The index from the worker serves the search field.
    auto *list = window.browseView()->findChild<QListView *>(QStringLiteral("roleList"));
    ASSERT_NE(list, nullptr);
    EXPECT_EQ(list->model()->rowCount(), builtInRoles() + kGeneratedRoles);
    window.browseView()
        ->findChild<QLineEdit *>(QStringLiteral("searchField"))
        ->setText(QStringLiteral("social media manager"));
    EXPECT_GE(list->model()->rowCount(), 1);
    EXPECT_LT(list->model()->rowCount(), builtInRoles() + kGeneratedRoles);
    EXPECT_EQ(list->model()->index(0, 0).data(RoleListModel::IdRole).toString(),
              QStringLiteral("social-media-manager"));
}

TEST_F(CatalogLoadingTest, WindowClosedWhileLoadingKeepsTheLastSession)
{
    Settings::setValue(Settings::Key::LastRole, QStringLiteral("community-manager"));
    Settings::setValue(
        Settings::Key::ComparedRoles,
        QStringList{QStringLiteral("social-media-manager"), QStringLiteral("community-manager")});
    MainWindow window;
    window.show();
    EXPECT_TRUE(window.close());
    EXPECT_EQ(Settings::value(Settings::Key::LastRole).toString(),
              QStringLiteral("community-manager"));
    EXPECT_EQ(Settings::value(Settings::Key::ComparedRoles).toStringList().size(), 2);
}

TEST_F(CatalogLoadingTest, RolesThatFitListTheBestAndCountTheRest)
{
    CatalogLoadJob job(m_files);
    runToEnd(job);
    auto result = job.takeResult();
    ASSERT_TRUE(result && result->ok());
    const Catalog catalog = std::move(*result).value();
    AdvisorView view(catalog, Advisor(catalog));
    Scenario everything;
    for (const auto &goal : catalog.goals()) {
        everything.goals.append(goal.id);
    }
    for (const auto &task : catalog.tasks()) {
        everything.tasks.append(task.id);
    }
    everything.considering = QStringLiteral("social-media-manager");
    view.setScenario(everything);
    const Advice advice = view.advice();
    ASSERT_GT(advice.recommendations.size(), Advice::kListedRecommendations + 1);
    RecommendationList *list = view.recommendations();
    const QStringList shown = list->roleIds();
    EXPECT_EQ(shown.size(), advice.listedRecommendations().size());
    EXPECT_TRUE(shown.contains(QStringLiteral("social-media-manager")));
    // One more row, without a role, says how many are not listed.
    ASSERT_EQ(list->topLevelItemCount(), shown.size() + 1);
    const QString more = list->topLevelItem(list->topLevelItemCount() - 1)->text(0);
    EXPECT_TRUE(more.startsWith(QString::number(advice.recommendations.size() - shown.size()) +
                                QLatin1Char(' ')))
        << qPrintable(more);
}

TEST_F(CatalogLoadingTest, TheWindowsAdvisorComesPreparedOrIsPreparedByTheWindow)
{
    CatalogLoadJob job(m_files);
    runToEnd(job);
    auto result = job.takeResult();
    ASSERT_TRUE(result && result->ok());
    Catalog catalog = std::move(*result).value();
    const qsizetype everyLookup =
        2 * catalog.goals().size() + catalog.tasks().size() + catalog.metrics().size() + 1;
    {
        // Given what the job prepared, the window's advisor starts with it.
        MainWindow window;
        window.installCatalog(catalog, job.searchIndex(), job.advisorMemory());
        EXPECT_EQ(window.advisor().memory(), job.advisorMemory());
        EXPECT_EQ(window.advisor().rememberedLookups(), everyLookup);
        // The Advisor view shares it.
        EXPECT_EQ(window.advisorView()->advisor().memory(), job.advisorMemory());
    }
    {
        // Closed at once, while its own preparation may still run: it stops, and the window
        // waits for it before the catalog goes (what the sanitizer build checks here is that
        // nothing is read after it is gone).
        MainWindow closedAtOnce(catalog);
    }
    // Given none, the window prepares it on a worker thread.
    MainWindow window(std::move(catalog));
    ASSERT_TRUE(QTest::qWaitFor([&] { return window.advisor().rememberedLookups() == everyLookup; },
                                10000));
}

TEST_F(CatalogLoadingTest, ProgramStartsWithCatalogFilesAndShowsThem)
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // Quits at the first paint with the catalog installed: the load must finish and the
    // window must take it.
    environment.insert(QStringLiteral("ROLELENS_QUIT_AFTER_FIRST_PAINT"),
                       QStringLiteral("catalog"));
    QProcess process;
    process.setProcessEnvironment(environment);
    QStringList arguments;
    for (const QString &file : std::as_const(m_files)) {
        arguments << QStringLiteral("--catalog") << file;
    }
    process.start(QStringLiteral(ROLELENS_BINARY), arguments);
    ASSERT_TRUE(process.waitForFinished(60000)) << "the window never showed its catalog";
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), ExitOk) << process.readAllStandardError().constData();
    QFile log(home.filePath(QStringLiteral("data/RoleLens/RoleLens/rolelens.log")));
    ASSERT_TRUE(log.open(QIODevice::ReadOnly)) << qPrintable(log.fileName());
    const QByteArray text = log.readAll();
    EXPECT_TRUE(text.contains(
        QStringLiteral("starting with %1 roles").arg(builtInRoles() + kGeneratedRoles).toUtf8()))
        << text.constData();
    EXPECT_TRUE(text.contains("catalog loaded off the GUI thread")) << text.constData();
}

} // namespace
} // namespace rolelens
