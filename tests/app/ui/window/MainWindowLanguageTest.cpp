// View > Language: the window speaks another language at once, without a restart, and keeps
// what the user has.

#include "app/ui/window/MainWindowTest.h"
#include "i18n/Languages.h"
#include "scenario/ScenarioFile.h"
#include "sheet/PdfExport.h"
#include "support/ProcessRunner.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/ProfileView.h"
#include "ui/browse/RoleListModel.h"
#include "ui/compare/CompareView.h"
#include "ui/widgets/LinkBrowser.h"
#include "ui/window/Settings.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

namespace rolelens {
namespace {

class MainWindowLanguageTest : public MainWindowTest {
protected:
    void TearDown() override
    {
        Languages::use(QStringLiteral("en"));
        MainWindowTest::TearDown();
    }

    QStringList menuTitles() const
    {
        QStringList titles;
        for (const QAction *menu : m_window->menuBar()->actions()) {
            titles.append(menu->text());
        }
        return titles;
    }

    QString tabText(int index) const
    {
        return m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"))->tabText(index);
    }

    QString profileText() const
    {
        return m_window->browseView()->profile()->browser()->toPlainText();
    }
};

struct Expected {
    const char *code;
    const char *fileMenu;
    const char *browseTab;
    const char *sources;
};

TEST_F(MainWindowLanguageTest, EveryLanguageReachesMenusTabsAndTheProfileAtOnce)
{
    m_window->browseView()->selectRole(QStringLiteral("social-media-manager"));
    const QString englishSummary = role("social-media-manager").summary;
    for (const Expected &language : {Expected{"de", "&Datei", "Rollen durch&suchen", "Quellen"},
                                     Expected{"es", "&Archivo", "E&xplorar roles", "Fuentes"},
                                     Expected{"fr", "&Fichier", "&Parcourir les rôles", "Sources"},
                                     Expected{"en", "&File", "&Browse roles", "Sources"}}) {
        const QString code = QString::fromLatin1(language.code);
        ASSERT_TRUE(m_window->switchLanguage(code));
        QCoreApplication::processEvents();
        EXPECT_EQ(Languages::current(), code);
        EXPECT_TRUE(menuTitles().contains(QString::fromUtf8(language.fileMenu)))
            << qPrintable(menuTitles().join(QLatin1Char('|')));
        EXPECT_EQ(tabText(0), QString::fromUtf8(language.browseTab));
        // The catalog's own text, in that language, and the profile's headings.
        const QString summary = role("social-media-manager").summary;
        EXPECT_EQ(summary == englishSummary, code == QLatin1String("en")) << qPrintable(code);
        EXPECT_TRUE(QTest::qWaitFor([&] { return profileText().contains(summary.left(40)); }))
            << qPrintable(code);
        EXPECT_TRUE(profileText().contains(QString::fromUtf8(language.sources)));
        // The menu ticks the language in use, and the choice is remembered.
        const auto *ticked =
            m_window->findChild<QAction *>(QStringLiteral("actionLanguage_") + code);
        ASSERT_NE(ticked, nullptr);
        EXPECT_TRUE(ticked->isChecked());
        EXPECT_EQ(Settings::value(Settings::Key::Language).toString(), code);
    }
    // Still the role the user chose.
    EXPECT_EQ(m_window->browseView()->selectedRoleId(), QStringLiteral("social-media-manager"));
}

// Types `text` key by key as a keyboard would; QTest::keyClicks knows ASCII keys only, and
// "é" is a key of its own on a French keyboard (a dead key and a letter on others).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar letter : text) {
        if (letter.unicode() < 0x80) {
            QTest::keyClick(widget, letter.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(letter));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(letter));
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
}

// The search field finds the roles by the words of the language in use, in the catalog's
// text of that language, and says so in its tooltip.
TEST_F(MainWindowLanguageTest, TheSearchFindsRolesByTheWordsOfTheLanguageInUse)
{
    struct Search {
        const char *code;
        const char *query;
        const char *firstRole;
        const char *inTooltip;
    };
    QLineEdit *search = m_window->browseView()->searchField();
    for (const Search &typed :
         {Search{"es", "publicidad", "social-media-marketer", "tildes"},
          Search{"es", "atención al cliente", "customer-service-specialist", "español"},
          Search{"es", "comunidades", "community-manager", "español"},
          Search{"fr", "publicité", "social-media-marketer", "sans accents"},
          Search{"fr", "service client", "customer-service-specialist", "français"},
          Search{"fr", "communaute", "community-manager", "français"},
          Search{"fr", "prensa", "public-relations-specialist", "espagnol"},
          Search{"de", "Werbung", "social-media-marketer", "Spanisch"}}) {
        const QString code = QString::fromLatin1(typed.code);
        if (Languages::current() != code) {
            ASSERT_TRUE(m_window->switchLanguage(code));
            QCoreApplication::processEvents();
        }
        search->clear();
        typeText(search, QString::fromUtf8(typed.query));
        EXPECT_EQ(search->text(), QString::fromUtf8(typed.query));
        const QAbstractItemModel *list = m_window->browseView()->roleList()->model();
        ASSERT_GT(list->rowCount(), 0) << typed.code << ' ' << typed.query;
        EXPECT_EQ(list->index(0, 0).data(RoleListModel::IdRole).toString(),
                  QString::fromLatin1(typed.firstRole))
            << typed.code << ' ' << typed.query;
        // The role's name in the language in use.
        EXPECT_EQ(list->index(0, 0).data(Qt::DisplayRole).toString(), role(typed.firstRole).title);
        EXPECT_TRUE(search->toolTip().contains(QString::fromUtf8(typed.inTooltip)))
            << qPrintable(search->toolTip());
    }
}

TEST_F(MainWindowLanguageTest, TheLanguageMenuSwitchesIt)
{
    auto *german = m_window->findChild<QAction *>(QStringLiteral("actionLanguage_de"));
    ASSERT_NE(german, nullptr);
    EXPECT_EQ(german->text(), QStringLiteral("Deutsch")); // in its own words, whatever is in use
    german->trigger();
    QCoreApplication::processEvents();
    EXPECT_EQ(Languages::current(), QStringLiteral("de"));
    EXPECT_TRUE(menuTitles().contains(QStringLiteral("&Ansicht")));
    // Numbers follow: a German locale writes decimals with a comma.
    EXPECT_EQ(QLocale().decimalPoint(), QStringLiteral(","));
}

TEST_F(MainWindowLanguageTest, TheComparisonAndTheAdviceFollowAndKeepWhatTheUserHas)
{
    const QStringList compared{QStringLiteral("social-media-manager"),
                               QStringLiteral("community-manager")};
    m_window->compareView()->setRoles(compared);
    m_window->scenarioSession()->openExample(ScenarioFile::examples().value(0));
    AdvisorView *advisor = m_window->advisorView();
    const Scenario before = advisor->scenario();
    const Advice englishAdvice = advisor->advice();
    const QString englishTitle = role("community-manager").title;
    for (const char *code : {"de", "es", "fr"}) {
        const QString language = QString::fromLatin1(code);
        ASSERT_TRUE(m_window->switchLanguage(language));
        QCoreApplication::processEvents();
        // The comparison: the same roles, their words in the language.
        EXPECT_EQ(m_window->compareView()->roles(), compared);
        const QString title = role("community-manager").title;
        const auto *table =
            m_window->compareView()->findChild<QTableView *>(QStringLiteral("comparisonTable"));
        ASSERT_NE(table, nullptr);
        QStringList headers;
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            headers.append(table->model()->headerData(column, Qt::Horizontal).toString());
        }
        EXPECT_TRUE(headers.contains(title)) << code << qPrintable(headers.join(QLatin1Char('|')));
        const QString purpose = role("community-manager").dimension(Dimension::Purpose).text;
        EXPECT_NE(purpose, QString());
        bool purposeShown = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            purposeShown = purposeShown || table->model()->index(row, 1).data().toString().contains(
                                               purpose.left(30));
        }
        EXPECT_TRUE(purposeShown) << code;
        // The comparison's sheet, printed now and read back as text: in the language too.
        m_window->showView(MainWindow::View::Compare);
        QTemporaryDir folder;
        ASSERT_TRUE(folder.isValid());
        const QString pdf = folder.filePath(QStringLiteral("comparison.pdf"));
        int pages = 0;
        ASSERT_EQ(PdfExport::write(pdf, m_window->currentDocument(), PdfExport::Paper::A4, &pages),
                  QString());
        const testing::ProcessResult text = testing::runProgram(
            QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
        const QString flat = QString(text.out).simplified();
        EXPECT_TRUE(flat.contains(title)) << code;
        EXPECT_TRUE(flat.contains(purpose.section(QLatin1Char(' '), 0, 4))) << code;
        EXPECT_TRUE(
            flat.contains(QCoreApplication::translate("Sheet", "Page %1 of %2").arg(1).arg(pages)))
            << code;
        EXPECT_FALSE(flat.contains(QStringLiteral("Page 1 of"))) << code;
        // The advice: the same scenario, advised again in the language, its sources untouched.
        EXPECT_EQ(advisor->scenario().goals, before.goals);
        const Advice &shown = advisor->advice();
        ASSERT_EQ(shown.findings.size(), englishAdvice.findings.size());
        ASSERT_FALSE(shown.findings.isEmpty());
        for (qsizetype i = 0; i < shown.findings.size(); ++i) {
            EXPECT_EQ(shown.findings.at(i).id, englishAdvice.findings.at(i).id);
            EXPECT_NE(shown.findings.at(i).message, englishAdvice.findings.at(i).message) << code;
            EXPECT_EQ(shown.findings.at(i).sources, englishAdvice.findings.at(i).sources);
        }
    }
    // Back in English: the English words again.
    ASSERT_TRUE(m_window->switchLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_EQ(role("community-manager").title, englishTitle);
    EXPECT_EQ(advisor->advice().findings.first().message, englishAdvice.findings.first().message);
}

} // namespace
} // namespace rolelens
