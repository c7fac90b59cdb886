#include "app/ui/advisor/AdvisorViewTest.h"
#include "ui/window/Dialogs.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>

// Nothing lost to another program: a scenario file changed on disk since it was opened or
// saved here is never silently overwritten, and the window offers to reload it.
namespace rolelens {
namespace {

// What another program does: writes the scenario with another business name.
void writeFromAnotherProgram(const QString &path, const QString &businessName)
{
    Scenario scenario = ScenarioFile::parse(
                            [&] {
                                QFile file(path);
                                EXPECT_TRUE(file.open(QIODevice::ReadOnly));
                                return file.readAll();
                            }(),
                            path, testing::builtInCatalog())
                            .value();
    scenario.businessName = businessName;
    ASSERT_FALSE(ScenarioFile::save(path, scenario).has_value());
}

QString businessNameOnDisk(const QString &path)
{
    return ScenarioFile::load(path, testing::builtInCatalog()).value().businessName;
}

} // namespace

TEST_F(AdvisorViewTest, SavingOverAFileAnotherProgramChangedAsksFirst)
{
    const QString path = openSavedBakery();
    writeFromAnotherProgram(path, QStringLiteral("Bakery as the other program left it"));
    form()->salary()->setValue(900);

    // Cancel: the other program's version stays, and so do the changes made here.
    Dialogs::setNextConflictChoice(Dialogs::ConflictChoice::Cancel);
    EXPECT_FALSE(session()->save());
    EXPECT_TRUE(Dialogs::lastQuestion().contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(businessNameOnDisk(path), QStringLiteral("Bakery as the other program left it"));
    EXPECT_TRUE(session()->isModified());

    // Save As: a new file; the changed one is left alone.
    const QString copy = m_dir.filePath(QStringLiteral("mine.rolelens.json"));
    Dialogs::setNextConflictChoice(Dialogs::ConflictChoice::SaveAs);
    Dialogs::setNextSaveFileName(copy);
    EXPECT_TRUE(session()->save());
    EXPECT_EQ(session()->filePath(), copy);
    EXPECT_EQ(businessNameOnDisk(path), QStringLiteral("Bakery as the other program left it"));
    EXPECT_EQ(businessNameOnDisk(copy), QStringLiteral("Corner Bakery"));
}

TEST_F(AdvisorViewTest, OverwritingIsTheUsersChoiceAndOwnSavesNeverAsk)
{
    const QString path = openSavedBakery();
    form()->salary()->setValue(900);
    // RoleLens's own saves are not "another program": no question.
    Dialogs::setNextConflictChoice(Dialogs::ConflictChoice::Cancel);
    EXPECT_TRUE(session()->save());
    form()->salary()->setValue(1000);
    EXPECT_TRUE(session()->save());
    EXPECT_EQ(ScenarioFile::load(path, m_window->catalog()).value().budget->monthlySalary, 1000.0);

    writeFromAnotherProgram(path, QStringLiteral("Changed elsewhere"));
    form()->salary()->setValue(1100);
    Dialogs::setNextConflictChoice(Dialogs::ConflictChoice::Overwrite);
    EXPECT_TRUE(session()->save());
    EXPECT_EQ(businessNameOnDisk(path), QStringLiteral("Corner Bakery"));
    EXPECT_EQ(ScenarioFile::load(path, m_window->catalog()).value().budget->monthlySalary, 1100.0);
}

TEST_F(AdvisorViewTest, TheWindowOffersToReloadAFileChangedOnDisk)
{
    const QString path = openSavedBakery();
    auto *bar = m_window->findChild<QFrame *>(QStringLiteral("fileChangedBar"));
    ASSERT_NE(bar, nullptr);
    EXPECT_FALSE(bar->isVisible());

    writeFromAnotherProgram(path, QStringLiteral("Reloaded Bakery"));
    // The file system's own notice, as it comes.
    ASSERT_TRUE(QTest::qWaitFor([bar] { return bar->isVisible(); }, 5000));
    EXPECT_TRUE(bar->findChild<QLabel *>(QStringLiteral("fileChangedText"))
                    ->text()
                    .contains(QDir::toNativeSeparators(path)));

    // Nothing unsaved here: Reload takes the other program's version without a question.
    bar->findChild<QPushButton *>(QStringLiteral("fileChangedReload"))->click();
    EXPECT_FALSE(bar->isVisible());
    EXPECT_EQ(view()->scenario().businessName, QStringLiteral("Reloaded Bakery"));
    EXPECT_FALSE(session()->isModified());
}

TEST_F(AdvisorViewTest, ReloadingOverUnsavedChangesAsksAndKeepMineKeepsThem)
{
    const QString path = openSavedBakery();
    auto *bar = m_window->findChild<QFrame *>(QStringLiteral("fileChangedBar"));
    form()->salary()->setValue(900);
    writeFromAnotherProgram(path, QStringLiteral("Other"));
    ASSERT_TRUE(QTest::qWaitFor([bar] { return bar->isVisible(); }, 5000));

    Dialogs::setNextQuestionAnswer(false);
    bar->findChild<QPushButton *>(QStringLiteral("fileChangedReload"))->click();
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(form()->salary()->value(), 900.0);
    EXPECT_EQ(view()->scenario().businessName, QStringLiteral("Corner Bakery"));

    bar->findChild<QPushButton *>(QStringLiteral("fileChangedKeep"))->click();
    EXPECT_FALSE(bar->isVisible());
    EXPECT_TRUE(session()->isModified());
    // Keeping them does not mean overwriting silently later.
    Dialogs::setNextConflictChoice(Dialogs::ConflictChoice::Cancel);
    EXPECT_FALSE(session()->save());
    EXPECT_EQ(businessNameOnDisk(path), QStringLiteral("Other"));
}

TEST_F(AdvisorViewTest, ADamagedFileOnDiskIsNotReloadedOverTheScenario)
{
    const QString path = openSavedBakery();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{ \"format\": \"rolelens-scenario\", ");
    file.close();
    EXPECT_FALSE(session()->reload());
    EXPECT_TRUE(Dialogs::lastWarning().contains(QDir::toNativeSeparators(path)));
    EXPECT_EQ(view()->scenario().businessName, QStringLiteral("Corner Bakery"));
}

} // namespace rolelens
