// What outlives a session: the autosave and its recovery, recent files, the splitter, and
// the scenario held before the Advisor view is built.

#include "app/ui/advisor/AdvisorViewTest.h"
#include "scenario/ScenarioFile.h"
#include "ui/window/Dialogs.h"

#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSplitter>

namespace rolelens {
namespace {

using testing::builtInCatalog;

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
    EXPECT_TRUE(QTest::qWaitFor([] { return QFileInfo::exists(AutosaveFiles::scenarioPath()); },
                                ScenarioSession::kAutosaveDelayMs * 3));

    // A crash: the window goes without being closed.
    m_window.reset();
    ASSERT_TRUE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
    Dialogs::setNextQuestionAnswer(true);
    m_window = openWindow();
    EXPECT_TRUE(Dialogs::lastQuestion().contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    EXPECT_EQ(view()->scenario(), changed);
    EXPECT_EQ(session()->filePath(), path);
    EXPECT_TRUE(m_window->isWindowModified());

    // Saving removes the autosave; a clean close leaves none.
    trigger("actionSaveScenario");
    EXPECT_FALSE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
    EXPECT_EQ(ScenarioFile::load(path, m_window->catalog()).value(), changed);
    EXPECT_TRUE(m_window->close());
    EXPECT_FALSE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
}

TEST_F(AdvisorViewTest, DecliningRecoveryDeletesTheAutosave)
{
    form()->businessName()->setText(QStringLiteral("Lost"));
    session()->writeAutosave();
    ASSERT_TRUE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
    m_window.reset();
    Dialogs::setNextQuestionAnswer(false);
    m_window = openWindow();
    EXPECT_FALSE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
    EXPECT_EQ(view()->scenario(), Scenario{});
    EXPECT_FALSE(m_window->isWindowModified());
}

TEST_F(AdvisorViewTest, DiscardingOrUndoingRemovesTheAutosave)
{
    form()->businessName()->setText(QStringLiteral("Draft"));
    session()->writeAutosave();
    ASSERT_TRUE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
    // Back to what the file holds: nothing unsaved, nothing to recover.
    form()->businessName()->setText(QString());
    EXPECT_FALSE(QFileInfo::exists(AutosaveFiles::scenarioPath()));

    form()->businessName()->setText(QStringLiteral("Draft"));
    session()->writeAutosave();
    Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
    EXPECT_TRUE(m_window->close());
    EXPECT_FALSE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
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
    // The files, then "Clear list" and "Reopen the last one at start" below a separator.
    ASSERT_EQ(menu->actions().size(), ScenarioSession::kMaxRecentFiles + 3);
    menu->actions().at(1)->trigger();
    EXPECT_EQ(session()->filePath(), recent.at(1));
    auto *clear = m_window->findChild<QAction *>(QStringLiteral("actionClearRecent"));
    ASSERT_NE(clear, nullptr);
    EXPECT_EQ(clear, menu->actions().at(menu->actions().size() - 2));

    view()->splitter()->setSizes({300, 700});
    const QList<int> sizes = view()->splitter()->sizes();
    m_window->saveSettings();
    m_window.reset();
    m_window = openWindow();
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    EXPECT_EQ(view()->splitter()->sizes(), sizes);
}

TEST_F(AdvisorViewTest, SaveAsHasCtrlShiftSWhateverTheDesktop)
{
    const auto *saveAs = m_window->findChild<QAction *>(QStringLiteral("actionSaveScenarioAs"));
    ASSERT_NE(saveAs, nullptr);
    EXPECT_TRUE(saveAs->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)))
        << qPrintable(saveAs->shortcut().toString());
}

TEST_F(AdvisorViewTest, OpenRecentCanBeClearedAndTheFilesStay)
{
    const QString path = m_dir.filePath(QStringLiteral("kept.rolelens.json"));
    Dialogs::setNextSaveFileName(path);
    trigger("actionSaveScenarioAs");
    ASSERT_EQ(ScenarioSession::recentFiles(), QStringList{path});
    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    ASSERT_NE(menu, nullptr);
    EXPECT_TRUE(menu->isEnabled());
    m_window->findChild<QAction *>(QStringLiteral("actionClearRecent"))->trigger();
    QCoreApplication::processEvents();
    EXPECT_TRUE(ScenarioSession::recentFiles().isEmpty());
    EXPECT_FALSE(menu->isEnabled());
    EXPECT_TRUE(menu->actions().isEmpty());
    EXPECT_TRUE(QFileInfo::exists(path));
}

// The Advisor view is built the first time it is shown; until then the session holds the
// scenario, opens, saves and counts changes as it does with the view.
TEST(ScenarioSessionWithoutView, HoldsTheScenarioUntilTheAdvisorViewIsBuilt)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    AutosaveFiles::setFolder(dir.filePath(QStringLiteral("data")));
    QSettings().clear();
    {
        // Not shown: the Advisor view is built when it is.
        MainWindow window(builtInCatalog());
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
    AutosaveFiles::setFolder({});
    QSettings().clear();
}

} // namespace
} // namespace rolelens
