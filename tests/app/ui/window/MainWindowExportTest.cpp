// The sheet of what is on screen: exported as a PDF, or shown in the print preview.

#include "app/ui/window/MainWindowTest.h"
#include "ui/advisor/AssumptionTableModel.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"
#include "ui/window/Dialogs.h"
#include "ui/window/Settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>

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
