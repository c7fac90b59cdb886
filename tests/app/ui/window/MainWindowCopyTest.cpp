// Edit > Copy with nothing selected copies the document on screen as a formatted page and as
// plain text, for an email: the profile on Browse and the advice on the Advisor (the
// comparison's is in MainWindowUndoTest, with the selection's).

#include "app/ui/window/MainWindowTest.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/compare/CompareView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QStatusBar>

namespace rolelens {
namespace {

class MainWindowCopyTest : public MainWindowTest {
protected:
    // Copy, with the focus on nothing that has a selection of its own.
    const QMimeData *copy() const
    {
        if (QWidget *focus = QApplication::focusWidget()) {
            focus->clearFocus();
        }
        QGuiApplication::clipboard()->clear();
        m_window->findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
        return QGuiApplication::clipboard()->mimeData();
    }

    QString status() const { return m_window->statusBar()->currentMessage(); }
};

TEST_F(MainWindowCopyTest, CopiesTheProfileOnBrowseAsAPageAndAsText)
{
    m_window->showView(MainWindow::View::Browse);
    m_window->browseView()->selectRole(QStringLiteral("community-manager"));
    const QMimeData *copied = copy();
    ASSERT_NE(copied, nullptr);
    ASSERT_TRUE(copied->hasHtml());
    const QString html = copied->html();
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>"))) << qPrintable(html.left(80));
    EXPECT_TRUE(html.contains(QStringLiteral("Community manager")));
    EXPECT_TRUE(html.contains(QStringLiteral("Success metrics")));
    // The window's own links lead nowhere in an email.
    EXPECT_FALSE(html.contains(QStringLiteral("role:")));
    EXPECT_FALSE(html.contains(QStringLiteral("metric:")));
    const QString text = copied->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Community manager")));
    EXPECT_TRUE(text.contains(QStringLiteral("Success metrics")));
    EXPECT_FALSE(text.contains(QLatin1Char('<')));
    EXPECT_TRUE(status().contains(QStringLiteral("the profile of the community manager")))
        << qPrintable(status());
}

TEST_F(MainWindowCopyTest, CopiesTheAdviceOnTheAdvisorAsAPageAndAsText)
{
    m_window->scenarioSession()->openExample(ScenarioFile::examples().value(0));
    m_window->showView(MainWindow::View::Advisor);
    const QMimeData *copied = copy();
    ASSERT_NE(copied, nullptr);
    ASSERT_TRUE(copied->hasHtml());
    for (const QString &words :
         {QStringLiteral("Hiring plan"), QStringLiteral("Judge the hire by"),
          QStringLiteral("Findings for the social media manager"), QStringLiteral("Sources")}) {
        EXPECT_TRUE(copied->html().contains(words)) << qPrintable(words);
        EXPECT_TRUE(copied->text().contains(words)) << qPrintable(words);
    }
    EXPECT_TRUE(status().contains(QStringLiteral("the advice")));
}

TEST_F(MainWindowCopyTest, WithOneRoleComparedThereIsNothingToCopy)
{
    m_window->compareView()->setRoles({QStringLiteral("social-media-manager")});
    m_window->showView(MainWindow::View::Compare);
    if (QWidget *focus = QApplication::focusWidget()) {
        focus->clearFocus();
    }
    QGuiApplication::clipboard()->setText(QStringLiteral("kept"));
    m_window->findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), QStringLiteral("kept"));
    EXPECT_TRUE(status().contains(QStringLiteral("Nothing to copy")));
}

} // namespace
} // namespace rolelens
