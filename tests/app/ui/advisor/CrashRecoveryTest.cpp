#include "catalog/CatalogLoader.h"
#include "scenario/ScenarioFile.h"
#include "support/QtPrinters.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AutosaveFiles.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/window/Dialogs.h"
#include "ui/window/MainWindow.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

// A real crash: another process edits a scenario, is killed with SIGKILL once its autosave
// is written, and the next window offers the autosave and restores it exactly.
TEST(CrashRecovery, KilledWithUnsavedChangesTheNextStartRestoresThem)
{
    QTemporaryDir folder;
    const QString autosave = folder.filePath(QStringLiteral("data"));
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(ROLELENS_CRASH_CHILD),
                {autosave, folder.filePath(QStringLiteral("settings"))});
    ASSERT_TRUE(child.waitForStarted());
    QByteArray output;
    while (!output.contains("ready\n") && child.state() == QProcess::Running) {
        child.waitForReadyRead(30000);
        output += child.readAllStandardOutput();
    }
    ASSERT_TRUE(output.contains("ready\n")) << output.constData();

    child.kill(); // SIGKILL: no destructor, no clean-up runs
    ASSERT_TRUE(child.waitForFinished());
    EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);
    ASSERT_TRUE(QFileInfo::exists(autosave + QStringLiteral("/autosave.rolelens.json")));

    CatalogLoader loader;
    loader.addBuiltIn();
    const Catalog catalog = loader.finish().value();
    const Result<Scenario> expected = ScenarioFile::parse(output.left(output.indexOf('\n')),
                                                          QStringLiteral("child output"), catalog);
    ASSERT_TRUE(expected.ok());
    EXPECT_EQ(expected->businessName, QStringLiteral("Corner Bakery – edited before the crash"));

    AutosaveFiles::setFolder(autosave);
    Dialogs::setNextQuestionAnswer(true);
    {
        MainWindow window(catalog);
        window.restoreSettings();
        EXPECT_TRUE(Dialogs::lastQuestion().contains(QStringLiteral("did not close properly")))
            << qPrintable(Dialogs::lastQuestion());
        EXPECT_EQ(window.currentView(), MainWindow::View::Advisor);
        EXPECT_EQ(window.advisorView()->scenario(), expected.value());
        EXPECT_TRUE(window.scenarioSession()->isModified());
        // Still unsaved: the autosave stays until the user saves or discards.
        EXPECT_TRUE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
        Dialogs::setNextUnsavedChoice(Dialogs::UnsavedChoice::Discard);
        EXPECT_TRUE(window.close());
    }
    EXPECT_FALSE(QFileInfo::exists(AutosaveFiles::scenarioPath()));
    AutosaveFiles::setFolder({});
}

} // namespace
} // namespace rolelens
