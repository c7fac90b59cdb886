// View > Language: the window speaks another language at once, without a restart, and keeps
// what the user has.

#include "app/ui/window/MainWindowTest.h"
#include "i18n/Languages.h"
#include "ui/browse/BrowseView.h"
#include "ui/browse/ProfileView.h"
#include "ui/widgets/LinkBrowser.h"
#include "ui/window/Settings.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>

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

} // namespace
} // namespace rolelens
