#include "app/ui/advisor/AdvisorViewTest.h"
#include "support/ProcessRunner.h"
#include "ui/window/Dialogs.h"
#include "ui/window/FileOpener.h"
#include "ui/window/Settings.h"

#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QStandardPaths>
#include <QUrl>

// Files handed to the window: on the command line, dropped on it, from a file manager.
namespace rolelens {
namespace {

QString writeScenario(const QTemporaryDir &dir, const QString &name, const QString &business)
{
    Scenario scenario;
    scenario.businessName = business;
    const QString path = dir.filePath(name);
    EXPECT_FALSE(ScenarioFile::save(path, scenario).has_value());
    return path;
}

// Records the windows the opener would start, instead of starting them.
class StartedWindows {
public:
    StartedWindows()
    {
        FileOpener::setWindowStarter([this](const QStringList &arguments) {
            started.append(arguments);
            return true;
        });
    }
    ~StartedWindows() { FileOpener::setWindowStarter({}); }
    QList<QStringList> started;
};

} // namespace

TEST_F(AdvisorViewTest, AScenarioGivenToTheWindowOpensInTheAdvisor)
{
    const QString path =
        writeScenario(m_dir, QStringLiteral("shop.rolelens.json"), QStringLiteral("Shop"));
    m_window->showView(MainWindow::View::Browse);
    EXPECT_TRUE(m_window->fileOpener()->open({path}));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    EXPECT_EQ(session()->filePath(), path);
    EXPECT_EQ(view()->scenario().businessName, QStringLiteral("Shop"));
    EXPECT_EQ(ScenarioSession::recentFiles().value(0), path);
}

TEST_F(AdvisorViewTest, ACatalogFileOpensANewWindowWithEveryCatalogAndThisOneStays)
{
    StartedWindows windows;
    const QString extra =
        testing::writeFile(m_dir, QStringLiteral("agency.json"),
                           "{\"format\": \"rolelens-catalog\", \"version\": 1, \"roles\": []}");
    openSavedBakery();
    form()->salary()->setValue(900);
    EXPECT_TRUE(m_window->fileOpener()->open({extra}));
    ASSERT_EQ(windows.started.size(), 1);
    const QStringList arguments = windows.started.first();
    EXPECT_EQ(arguments.mid(0, 2), QStringList({QStringLiteral("--lang"), QStringLiteral("en")}));
    EXPECT_EQ(arguments.mid(2), QStringList({QStringLiteral("--catalog"), extra}));
    // Nothing of this window was touched: not its unsaved changes, not its question.
    EXPECT_TRUE(session()->isModified());
    EXPECT_EQ(form()->salary()->value(), 900.0);
}

TEST_F(AdvisorViewTest, WhatCannotBeOpenedIsNamedWithItsReasonAndTheRestOpens)
{
    const QString first =
        writeScenario(m_dir, QStringLiteral("first.rolelens.json"), QStringLiteral("First"));
    const QString second =
        writeScenario(m_dir, QStringLiteral("second.rolelens.json"), QStringLiteral("Second"));
    const QString other =
        testing::writeFile(m_dir, QStringLiteral("package.json"), "{\"name\": \"x\"}");
    const QString missing = m_dir.filePath(QStringLiteral("gone.rolelens.json"));
    EXPECT_FALSE(m_window->fileOpener()->open({first, other, missing, second}));
    const QString warning = Dialogs::lastWarning();
    EXPECT_TRUE(warning.contains(other + QStringLiteral(": is not a RoleLens scenario or catalog")))
        << qPrintable(warning);
    EXPECT_TRUE(warning.contains(missing + QStringLiteral(": no such file")))
        << qPrintable(warning);
    EXPECT_TRUE(warning.contains(second + QStringLiteral(": not opened: the Advisor holds one")))
        << qPrintable(warning);
    EXPECT_EQ(view()->scenario().businessName, QStringLiteral("First"));
}

TEST_F(AdvisorViewTest, FilesDroppedOnTheWindowAreOpened)
{
    const QString path =
        writeScenario(m_dir, QStringLiteral("dropped.rolelens.json"), QStringLiteral("Dropped"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    EXPECT_TRUE(drop.isAccepted());
    // Opened once the drop has returned to the program that sent it.
    EXPECT_TRUE(QTest::qWaitFor([this, &path] { return session()->filePath() == path; }, 2000));
    EXPECT_EQ(view()->scenario().businessName, QStringLiteral("Dropped"));

    // Text, or a web address, is not a file: refused, so the desktop shows it cannot land.
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    QDragEnterEvent refused(centre, Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
    refused.setAccepted(false);
    QApplication::sendEvent(m_window.get(), &refused);
    EXPECT_FALSE(refused.isAccepted());
}

TEST_F(AdvisorViewTest, TheLastScenarioIsReopenedAtStartUnlessTurnedOff)
{
    const QString path = openSavedBakery();
    m_window.reset();
    m_window = openWindow();
    EXPECT_TRUE(session()->filePath().isEmpty());
    m_window->fileOpener()->openAtStart({});
    EXPECT_EQ(session()->filePath(), path);

    // Turned off where the recent files are.
    auto *recent = m_window->findChild<QMenu *>(QStringLiteral("menuRecent"));
    ASSERT_NE(recent, nullptr);
    emit recent->aboutToShow();
    auto *reopen = recent->findChild<QAction *>(QStringLiteral("actionReopenLastScenario"));
    ASSERT_NE(reopen, nullptr);
    EXPECT_TRUE(reopen->isChecked());
    reopen->trigger();
    EXPECT_FALSE(Settings::value(Settings::Key::ReopenLastScenario).toBool());
    m_window.reset();
    m_window = openWindow();
    m_window->fileOpener()->openAtStart({});
    EXPECT_TRUE(session()->filePath().isEmpty());

    // A file moved away since is not reopened, and nothing is asked about it.
    Settings::setValue(Settings::Key::ReopenLastScenario, true);
    m_window.reset();
    ASSERT_TRUE(QFile::remove(path));
    Dialogs::setNextQuestionAnswer(true);
    m_window = openWindow();
    m_window->fileOpener()->openAtStart({});
    EXPECT_TRUE(session()->filePath().isEmpty());
    EXPECT_FALSE(Dialogs::lastWarning().contains(path));
}

TEST_F(AdvisorViewTest, FileDialogsStartInTheDocumentsFolder)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    Dialogs::setNextOpenFileName({});
    trigger("actionOpenScenario");
    EXPECT_EQ(Dialogs::lastProposedPath(), documents);
    Dialogs::setNextSaveFileName({});
    trigger("actionSaveScenarioAs");
    EXPECT_EQ(QFileInfo(Dialogs::lastProposedPath()).absolutePath(),
              QDir(documents).absolutePath());
    m_window->showView(MainWindow::View::Compare);
    Dialogs::setNextSaveFileName({});
    trigger("actionExportPdf");
    EXPECT_EQ(QFileInfo(Dialogs::lastProposedPath()).absolutePath(),
              QDir(documents).absolutePath());
}

} // namespace rolelens
