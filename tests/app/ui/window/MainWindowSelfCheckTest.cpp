// The Self-check view: the student's answers, the ranking they give, the role links, saving the
// result in each format, and the answers kept for the next session.

#include "app/ui/window/MainWindowTest.h"
#include "support/ClickLink.h"
#include "ui/browse/BrowseView.h"
#include "ui/fit/SelfCheckForm.h"
#include "ui/fit/SelfCheckView.h"
#include "ui/widgets/DocumentBrowser.h"
#include "ui/window/Dialogs.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTemporaryDir>

namespace rolelens {
namespace {

using testing::builtInCatalog;

class MainWindowSelfCheckTest : public MainWindowTest {
protected:
    SelfCheckView *open()
    {
        m_window->findChild<QAction *>(QStringLiteral("actionShowSelfCheck"))->trigger();
        return m_window->selfCheckView();
    }

    // A writer who would rather work with people, answered with the mouse.
    SelfCheckView *answerAsAWriterWhoPrefersPeople()
    {
        SelfCheckView *view = open();
        QTest::mouseClick(view->form()->skillButton(QStringLiteral("writing"), SkillLevel::Strong),
                          Qt::LeftButton);
        QTest::mouseClick(view->form()->preferenceButton(QStringLiteral("numbers-or-people"),
                                                         QStringLiteral("people")),
                          Qt::LeftButton);
        return view;
    }

    QString readAll(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    QTemporaryDir m_folder;
};

TEST_F(MainWindowSelfCheckTest, IsTheFourthTabAndRanksTheRolesAsTheStudentAnswers)
{
    SelfCheckView *view = open();
    EXPECT_EQ(m_window->currentView(), MainWindow::View::SelfCheck);
    EXPECT_EQ(m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->currentIndex(), 3);
    answerAsAWriterWhoPrefersPeople();
    const QString text = view->result()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("not a test of aptitude")));
    EXPECT_TRUE(text.contains(QStringLiteral("Work you prefer that it involves")));
    // PR 4 of 10 (writing strong, media relations), community manager 4 of 12, customer
    // service 2 of 12 (people only): in that order.
    const qsizetype publicRelations = text.indexOf(QStringLiteral("Public relations specialist"));
    const qsizetype community = text.indexOf(QStringLiteral("Community manager"));
    const qsizetype service = text.indexOf(QStringLiteral("Customer service specialist"));
    ASSERT_GE(publicRelations, 0);
    EXPECT_LT(publicRelations, community);
    EXPECT_LT(community, service);
    EXPECT_EQ(view->form()->answers().skills.value(QStringLiteral("writing")), SkillLevel::Strong);
    EXPECT_EQ(view->form()->answers().preferences.value(QStringLiteral("numbers-or-people")),
              QStringLiteral("people"));

    QTest::mouseClick(view->findChild<QPushButton *>(QStringLiteral("selfCheckClear")),
                      Qt::LeftButton);
    EXPECT_TRUE(view->form()->answers().isEmpty());
    EXPECT_TRUE(view->form()
                    ->preferenceButton(QStringLiteral("numbers-or-people"), QString())
                    ->isChecked());
    EXPECT_FALSE(view->result()->toPlainText().contains(QStringLiteral("Work you prefer")));
}

TEST_F(MainWindowSelfCheckTest, TheKeyboardAnswersOneQuestionAtATime)
{
    SelfCheckView *view = open();
    QRadioButton *none = view->form()->skillButton(QStringLiteral("writing"), SkillLevel::None);
    none->setFocus();
    // The arrow keys move along the question's answers and choose the one they land on.
    QTest::keyClick(none, Qt::Key_Right);
    QRadioButton *some = view->form()->skillButton(QStringLiteral("writing"), SkillLevel::Some);
    EXPECT_TRUE(some->hasFocus());
    EXPECT_TRUE(some->isChecked());
    EXPECT_EQ(view->form()->answers().skills.value(QStringLiteral("writing")), SkillLevel::Some);
    // Tab leaves the question for the next one, on its chosen answer.
    QTest::keyClick(some, Qt::Key_Tab);
    EXPECT_TRUE(view->form()->skillButton(QStringLiteral("empathy"), SkillLevel::None)->hasFocus())
        << qPrintable(QApplication::focusWidget()->objectName());
}

TEST_F(MainWindowSelfCheckTest, ARoleLinkOpensItsProfile)
{
    SelfCheckView *view = answerAsAWriterWhoPrefersPeople();
    testing::clickLink(view->result(), QStringLiteral("role:community-manager"));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Browse);
    EXPECT_EQ(m_window->browseView()->selectedRoleId(), QStringLiteral("community-manager"));
}

TEST_F(MainWindowSelfCheckTest, TheResultIsSavedAsPdfMarkdownOrHtml)
{
    ASSERT_TRUE(m_folder.isValid());
    SelfCheckView *view = answerAsAWriterWhoPrefersPeople();
    auto *save = view->findChild<QPushButton *>(QStringLiteral("selfCheckSave"));

    Dialogs::setNextSaveFileName(m_folder.filePath(QStringLiteral("fit.md")));
    QTest::mouseClick(save, Qt::LeftButton);
    const QString markdown = readAll(m_folder.filePath(QStringLiteral("fit.md")));
    EXPECT_TRUE(markdown.startsWith(QStringLiteral("# Which role fits what you can do")))
        << qPrintable(markdown.left(200));
    EXPECT_TRUE(markdown.contains(QStringLiteral("| Public relations specialist (")));

    Dialogs::setNextSaveFileName(m_folder.filePath(QStringLiteral("fit.html")));
    QTest::mouseClick(save, Qt::LeftButton);
    const QString html = readAll(m_folder.filePath(QStringLiteral("fit.html")));
    EXPECT_TRUE(html.contains(QStringLiteral("<title>Which role fits what you can do</title>")));

    // No suffix: the printable sheet.
    Dialogs::setNextSaveFileName(m_folder.filePath(QStringLiteral("fit")));
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(
        readAll(m_folder.filePath(QStringLiteral("fit.pdf"))).startsWith(QStringLiteral("%PDF-")));

    // A format it does not write: said, naming the file, and the file there is kept.
    const QString text = m_folder.filePath(QStringLiteral("notes.txt"));
    QFile kept(text);
    ASSERT_TRUE(kept.open(QIODevice::WriteOnly));
    kept.write("mine");
    kept.close();
    Dialogs::setNextSaveFileName(text);
    QTest::mouseClick(save, Qt::LeftButton);
    EXPECT_TRUE(Dialogs::lastWarning().contains(QStringLiteral("notes.txt")))
        << qPrintable(Dialogs::lastWarning());
    EXPECT_TRUE(Dialogs::lastWarning().contains(QStringLiteral(".pdf, .md or .html")));
    EXPECT_EQ(readAll(text), QStringLiteral("mine"));
}

TEST_F(MainWindowSelfCheckTest, TheWindowsCommandsWorkOnTheResult)
{
    answerAsAWriterWhoPrefersPeople();
    EXPECT_EQ(m_window->currentDocument().title, QStringLiteral("Which role fits what you can do"));
    QGuiApplication::clipboard()->clear();
    m_window->findChild<QAction *>(QStringLiteral("actionCopy"))->trigger();
    EXPECT_TRUE(QGuiApplication::clipboard()->mimeData()->text().contains(
        QStringLiteral("Public relations specialist")));
    // Nothing to undo on the self-check.
    EXPECT_FALSE(m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->isEnabled());
}

TEST_F(MainWindowSelfCheckTest, TheAnswersAreKeptForTheNextSession)
{
    answerAsAWriterWhoPrefersPeople();
    m_window->close();
    MainWindow restarted(builtInCatalog());
    restarted.restoreSettings();
    EXPECT_EQ(restarted.currentView(), MainWindow::View::SelfCheck);
    const SelfCheckAnswers answers = restarted.selfCheckView()->form()->answers();
    EXPECT_EQ(answers.skills,
              (QMap<QString, SkillLevel>{{QStringLiteral("writing"), SkillLevel::Strong}}));
    EXPECT_EQ(answers.preferences, (QMap<QString, QString>{{QStringLiteral("numbers-or-people"),
                                                            QStringLiteral("people")}}));
}

TEST_F(MainWindowSelfCheckTest, TheQuestionsAndTheResultFollowTheLanguage)
{
    SelfCheckView *view = answerAsAWriterWhoPrefersPeople();
    ASSERT_TRUE(m_window->switchLanguage(QStringLiteral("de")));
    QCoreApplication::processEvents();
    const Catalog &catalog = m_window->catalog();
    EXPECT_TRUE(view->result()->toPlainText().startsWith(
        QStringLiteral("Welche Rolle zu Ihrem Können passt")))
        << qPrintable(view->result()->toPlainText().left(100));
    EXPECT_EQ(view->form()
                  ->preferenceButton(QStringLiteral("numbers-or-people"), QStringLiteral("people"))
                  ->text(),
              catalog.workKind(QStringLiteral("numbers-or-people"))->sides.at(1).label);
    EXPECT_EQ(view->form()
                  ->preferenceButton(QStringLiteral("numbers-or-people"), QStringLiteral("people"))
                  ->text(),
              QStringLiteral("Mit Menschen arbeiten"));
    // The answers stay.
    EXPECT_EQ(view->form()->answers().skills.value(QStringLiteral("writing")), SkillLevel::Strong);
    ASSERT_TRUE(m_window->switchLanguage(QStringLiteral("en")));
}

} // namespace
} // namespace rolelens
