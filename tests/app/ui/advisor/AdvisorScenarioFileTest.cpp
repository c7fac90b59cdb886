// Scenario files in the Advisor: examples, save and open, failures, the unsaved-changes prompt.

#include "app/ui/advisor/AdvisorViewTest.h"
#include "scenario/ScenarioFile.h"
#include "sheet/SheetContent.h"
#include "ui/window/Dialogs.h"

#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>

namespace rolelens {
namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
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
    // New starts at the top of the form, with the keyboard in its first field.
    EXPECT_TRUE(QTest::qWaitFor([&] { return form()->businessName()->hasFocus(); }));
    EXPECT_EQ(view()
                  ->findChild<QScrollArea *>(QStringLiteral("scenarioFormArea"))
                  ->verticalScrollBar()
                  ->value(),
              0);
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

} // namespace
} // namespace rolelens
