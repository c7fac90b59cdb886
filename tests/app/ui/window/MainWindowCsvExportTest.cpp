// File > Export … as CSV: the tables of the view on screen written to the file chosen, for a
// spreadsheet; named after what it exports, and disabled where no table is shown.

#include "app/ui/window/MainWindowTest.h"
#include "scenario/ScenarioFile.h"
#include "support/CsvRecords.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/window/Dialogs.h"
#include "ui/window/ExportPath.h"
#include "ui/window/Settings.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QStatusBar>
#include <QTemporaryDir>

namespace rolelens {
namespace {

using rolelens::testing::csvRecords;

const QByteArray kByteOrderMark = "\xEF\xBB\xBF";

class MainWindowCsvExportTest : public MainWindowTest {
protected:
    QAction *exportCsv() const
    {
        return m_window->findChild<QAction *>(QStringLiteral("actionExportCsv"));
    }

    // Opens and closes the menu the action is in, as a user looking for it does: the action
    // then says what it would export, and whether it can.
    void openFileMenu() const
    {
        QMenu *menu = nullptr;
        for (QObject *object : exportCsv()->associatedObjects()) {
            menu = menu ? menu : qobject_cast<QMenu *>(object);
        }
        ASSERT_NE(menu, nullptr);
        menu->popup(m_window->mapToGlobal(QPoint(10, 10)));
        menu->close();
    }

    // The file at PATH as a spreadsheet reads it, after its byte-order mark.
    static QList<QStringList> records(const QString &path)
    {
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        EXPECT_TRUE(bytes.startsWith(kByteOrderMark));
        return csvRecords(QString::fromUtf8(bytes.mid(kByteOrderMark.size())));
    }

    QTemporaryDir m_folder;
};

TEST_F(MainWindowCsvExportTest, ExportsTheComparisonOnScreenWithItsAssumptions)
{
    m_window->compareView()->setRoles(
        {QStringLiteral("social-media-manager"), QStringLiteral("community-manager")});
    m_window->showView(MainWindow::View::Compare);
    AssumptionTableModel *assumptions = m_window->compareView()->assumptionModel();
    ASSERT_TRUE(assumptions->setData(assumptions->index(1, AssumptionTableModel::RampColumn), 12));
    openFileMenu();
    EXPECT_EQ(exportCsv()->text(), QStringLiteral("Export comparison as &CSV…"));
    ASSERT_TRUE(exportCsv()->isEnabled());

    Dialogs::setNextSaveFileName(m_folder.filePath(QStringLiteral("meeting"))); // no extension
    exportCsv()->trigger();
    const QString path = m_folder.filePath(QStringLiteral("meeting.csv"));
    ASSERT_TRUE(QFile::exists(path));
    const QList<QStringList> rows = records(path);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first(), QStringList{QStringLiteral("Side by side")});
    EXPECT_TRUE(rows.contains(QStringList{QStringLiteral("Success metrics")}));
    // The assumptions as they are on screen, marked as changed.
    bool changed = false;
    for (const QStringList &row : rows) {
        changed = changed ||
                  (row.value(0) ==
                       QStringLiteral("Community manager (changed from the catalog's values)") &&
                   row.value(1).contains(QStringLiteral("full effect 12 weeks later")));
    }
    EXPECT_TRUE(changed);
    EXPECT_EQ(Settings::value(Settings::Key::ExportFolder).toString(),
              QFileInfo(path).absolutePath());
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("meeting.csv")));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("3 tables")));
}

TEST_F(MainWindowCsvExportTest, ExportsTheAdvicesTargetsOnTheAdvisor)
{
    m_window->scenarioSession()->openExample(ScenarioFile::examples().value(0));
    m_window->showView(MainWindow::View::Advisor);
    openFileMenu();
    EXPECT_EQ(exportCsv()->text(), QStringLiteral("Export targets as &CSV…"));
    ASSERT_TRUE(exportCsv()->isEnabled());

    const QString path = m_folder.filePath(QStringLiteral("targets.csv"));
    Dialogs::setNextSaveFileName(path);
    exportCsv()->trigger();
    const QList<QStringList> rows = records(path);
    ASSERT_GE(rows.size(), 2);
    EXPECT_EQ(rows.first(), (QStringList{QStringLiteral("Metric"), QStringLiteral("Weight"),
                                         QStringLiteral("3 months"), QStringLiteral("6 months"),
                                         QStringLiteral("12 months"), QStringLiteral("Your target"),
                                         QStringLiteral("Sources")}));
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("1 table")));
}

TEST_F(MainWindowCsvExportTest, IsDisabledWhereNoTableIsShown)
{
    m_window->showView(MainWindow::View::Browse);
    m_window->browseView()->selectRole(QStringLiteral("community-manager"));
    openFileMenu();
    EXPECT_EQ(exportCsv()->text(), QStringLiteral("Export profile as &CSV…"));
    EXPECT_TRUE(exportCsv()->isEnabled());

    m_window->compareView()->setRoles({QStringLiteral("social-media-manager")});
    m_window->showView(MainWindow::View::Compare);
    openFileMenu();
    EXPECT_FALSE(exportCsv()->isEnabled());

    // A new scenario names no goal, task or role: the advice judges no role, and has no
    // targets.
    m_window->showView(MainWindow::View::Advisor);
    openFileMenu();
    EXPECT_EQ(exportCsv()->text(), QStringLiteral("Export targets as &CSV…"));
    EXPECT_FALSE(exportCsv()->isEnabled());
    // Triggered all the same (before the menu was opened again), it says so.
    exportCsv()->setEnabled(true);
    exportCsv()->trigger();
    EXPECT_TRUE(m_window->statusBar()->currentMessage().contains(QStringLiteral("no table")));
    EXPECT_TRUE(QDir(m_folder.path()).isEmpty());
}

TEST_F(MainWindowCsvExportTest, AFailedExportSaysWhyAndACancelledOneWritesNothing)
{
    m_window->showView(MainWindow::View::Browse);
    m_window->browseView()->selectRole(QStringLiteral("social-media-influencer"));
    openFileMenu();
    const QString folderNamedLikeACsv = m_folder.filePath(QStringLiteral("profile.csv"));
    ASSERT_TRUE(QDir().mkpath(folderNamedLikeACsv));
    Dialogs::setNextSaveFileName(folderNamedLikeACsv);
    exportCsv()->trigger();
    // The dialog names the file and the reason.
    EXPECT_TRUE(Dialogs::lastWarning().contains(folderNamedLikeACsv));
    EXPECT_TRUE(Dialogs::lastWarning().contains(QStringLiteral("folder")));
    EXPECT_TRUE(QFileInfo(folderNamedLikeACsv).isDir());

    // A file already there is replaced whole.
    const QString old = m_folder.filePath(QStringLiteral("old.csv"));
    QFile file(old);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(100000, 'x'));
    file.close();
    Dialogs::setNextSaveFileName(old);
    exportCsv()->trigger();
    const QList<QStringList> rows = records(old);
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first(), QStringList{QStringLiteral("At a glance")});

    Dialogs::setNextSaveFileName(QString()); // the user cancels
    exportCsv()->trigger();
    EXPECT_EQ(QDir(m_folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
              (QStringList{QStringLiteral("old.csv"), QStringLiteral("profile.csv")}));
}

// The name the save dialog proposes, in any language.
TEST(ExportPath, NamesTheFileAfterTheTitleKeepingEveryLetter)
{
    EXPECT_EQ(ExportPath::fileNameOf(QStringLiteral("Social media manager vs Community manager")),
              QStringLiteral("social-media-manager-vs-community-manager"));
    EXPECT_EQ(ExportPath::fileNameOf(
                  QStringLiteral("Realistische Ziele für die Rolle „Social-Media-Manager“")),
              QStringLiteral("realistische-ziele-für-die-rolle-social-media-manager"));
    EXPECT_EQ(ExportPath::fileNameOf(QStringLiteral("Gestionnaire de communauté vs Rédacteur")),
              QStringLiteral("gestionnaire-de-communauté-vs-rédacteur"));
}

} // namespace
} // namespace rolelens
