// The hiring documents in the window: for the Advisor's scenario or the role on screen, each
// read in the dialog, exported as a PDF and copied as HTML and plain text.

#include "app/ui/window/MainWindowTest.h"
#include "support/AdviceAcceptance.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/window/Dialogs.h"
#include "ui/window/DocumentsDialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QMimeData>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>

namespace rolelens {
namespace {

TEST_F(MainWindowTest, TheDocumentsAreAboutTheAdvisorsScenarioOrTheRoleOnScreen)
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionDocuments"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->shortcut().isEmpty());

    m_window->browseView()->selectRole(QStringLiteral("community-manager"));
    EXPECT_EQ(m_window->documentsScenario().considering, QStringLiteral("community-manager"));
    EXPECT_TRUE(m_window->documentsScenario().tasks.isEmpty());

    m_window->scenarioSession()->openExample(ScenarioFile::examples().value(0));
    m_window->showView(MainWindow::View::Advisor);
    EXPECT_EQ(m_window->documentsScenario(), m_window->scenarioSession()->scenario());
}

TEST_F(MainWindowTest, EachDocumentIsShownExportedAndCopied)
{
    const Scenario scenario = testing::bakery();
    const Advice advice = Advisor(m_window->catalog()).advise(scenario);
    DocumentsDialog dialog(m_window->catalog(), scenario, advice, *m_window);
    ASSERT_EQ(dialog.kindList()->count(), HiringDocuments::all().size());
    for (const auto kind : HiringDocuments::all()) {
        dialog.showKind(kind);
        EXPECT_EQ(dialog.currentKind(), kind);
        const QString title =
            HiringDocuments::build(kind, m_window->catalog(), scenario, advice).title();
        EXPECT_TRUE(dialog.preview()->toPlainText().startsWith(title))
            << qPrintable(dialog.preview()->toPlainText().left(80));
    }

    dialog.showKind(HiringDocuments::Kind::JobPost);
    dialog.copy();
    const QMimeData *copied = QApplication::clipboard()->mimeData();
    ASSERT_NE(copied, nullptr);
    EXPECT_TRUE(copied->hasHtml());
    EXPECT_TRUE(copied->text().startsWith(QStringLiteral("Job post: Social media manager")));
    EXPECT_TRUE(copied->text().contains(QStringLiteral("Not part of this role")));

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("post.pdf"));
    Dialogs::setNextSaveFileName(path);
    ASSERT_TRUE(dialog.exportPdf());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));
}

// Exporting the agreement from the Advisor issues it: the scenario records its version, an
// export with nothing changed keeps it, and after an edit the next export is version 2.
TEST_F(MainWindowTest, ExportingTheAgreementRecordsItsVersionInTheScenario)
{
    m_window->scenarioSession()->openExample(ScenarioFile::examples().value(0));
    m_window->showView(MainWindow::View::Advisor);
    QTemporaryDir folder;
    const auto exportAs = [&](const QString &name) {
        Dialogs::setNextSaveFileName(folder.filePath(name));
        return m_window->exportPdf();
    };
    ASSERT_TRUE(exportAs(QStringLiteral("v1.pdf")));
    const auto first = m_window->scenarioSession()->scenario().issuedAgreement;
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->version, 1);
    EXPECT_EQ(first->issued, QDate::currentDate());
    EXPECT_TRUE(m_window->isWindowModified());

    ASSERT_TRUE(exportAs(QStringLiteral("again.pdf")));
    EXPECT_EQ(m_window->scenarioSession()->scenario().issuedAgreement, first);

    m_window->advisorView()->form()->targetFollowers()->setValue(1500);
    ASSERT_TRUE(exportAs(QStringLiteral("v2.pdf")));
    EXPECT_EQ(m_window->scenarioSession()->scenario().issuedAgreement->version, 2);
}

// What the form has no field for (the agreement issued, the tasks kept in the job post) comes
// back from the window exactly as the file had it: saving must not drop it.
TEST_F(MainWindowTest, SavingFromTheWindowKeepsWhatTheFormDoesNotShow)
{
    QTemporaryDir folder;
    Scenario scenario = testing::bakery();
    scenario.jobPostKeeps = {QStringLiteral("website-maintenance")};
    scenario.issuedAgreement =
        Scenario::IssuedAgreement{3, QDate(2026, 5, 1), {QStringLiteral("a term")}};
    const QString path = folder.filePath(QStringLiteral("kept.rolelens.json"));
    ASSERT_FALSE(ScenarioFile::save(path, scenario).has_value());
    ASSERT_TRUE(m_window->scenarioSession()->openFile(path));
    m_window->showView(MainWindow::View::Advisor);
    m_window->advisorView()->form()->targetFollowers()->setValue(1500);
    ASSERT_TRUE(m_window->scenarioSession()->save());
    const Result<Scenario> saved = ScenarioFile::load(path, m_window->catalog());
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.value().jobPostKeeps, scenario.jobPostKeeps);
    EXPECT_EQ(saved.value().issuedAgreement, scenario.issuedAgreement);
    EXPECT_EQ(saved.value().followers->target, 1500);
}

// The owner can keep another role's task in the job post from the dialog: offered for the
// job post only, recorded in their scenario, and the post marks it.
TEST_F(MainWindowTest, TheJobPostKeepsAnotherRolesTaskWhenTheOwnerTicksIt)
{
    const Scenario scenario = testing::bakery();
    const Advice advice = Advisor(m_window->catalog()).advise(scenario);
    DocumentsDialog dialog(m_window->catalog(), scenario, advice, *m_window);
    QStringList applied;
    dialog.allowKeeping([&](const QStringList &keeps) { applied = keeps; });
    dialog.show();
    dialog.showKind(HiringDocuments::Kind::JobPost);
    QListWidget *keeps = dialog.keepList();
    ASSERT_EQ(keeps->count(), 2); // the website and customer support, given to others
    EXPECT_TRUE(keeps->isVisible());
    EXPECT_FALSE(dialog.preview()->toPlainText().contains(QStringLiteral("owner's request")));
    keeps->item(0)->setCheckState(Qt::Checked);
    EXPECT_EQ(applied, QStringList{keeps->item(0)->data(Qt::UserRole).toString()});
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("owner's request")));
    // Each task's name shows whole, without scrolling sideways.
    EXPECT_EQ(keeps->horizontalScrollBar()->maximum(), 0);
    dialog.showKind(HiringDocuments::Kind::Scorecard);
    EXPECT_FALSE(keeps->isVisible());
}

} // namespace
} // namespace rolelens
