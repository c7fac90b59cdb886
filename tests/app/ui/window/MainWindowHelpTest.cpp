// The Help menu and its user guide (issue 20): F1 opens one guide, in the language in use and
// in the next one as soon as it changes; its keys are the window's own, its links lead
// somewhere, and it names the views as the window does.

#include "app/ui/window/MainWindowTest.h"
#include "i18n/Languages.h"
#include "ui/widgets/LinkBrowser.h"
#include "ui/window/HelpMenu.h"
#include "ui/window/ShortcutsDialog.h"
#include "ui/window/UserGuide.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QUrl>

namespace rolelens {
namespace {

class MainWindowHelpTest : public MainWindowTest {
protected:
    void TearDown() override
    {
        Languages::use(QStringLiteral("en"));
        MainWindowTest::TearDown();
    }

    HelpMenu *helpMenu() const { return m_window->findChild<HelpMenu *>(); }

    static QString page(const QString &language)
    {
        QFile file(UserGuide::resource(language));
        EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(language);
        return QString::fromUtf8(file.readAll());
    }

    // Every match of `pattern`'s first group in `text`.
    static QStringList captured(const QString &text, const QString &pattern)
    {
        QStringList found;
        const QRegularExpression expression(pattern);
        for (auto it = expression.globalMatch(text); it.hasNext();) {
            found.append(it.next().captured(1));
        }
        return found;
    }
};

TEST_F(MainWindowHelpTest, TheHelpMenuComesLastWithTheGuideTheShortcutsWhatsThisAndAbout)
{
    const QList<QAction *> menus = m_window->menuBar()->actions();
    ASSERT_FALSE(menus.isEmpty());
    QMenu *help = menus.last()->menu();
    ASSERT_NE(help, nullptr);
    EXPECT_EQ(help->objectName(), QStringLiteral("menuHelp"));
    EXPECT_EQ(help->title(), QStringLiteral("&Help"));
    QStringList names;
    for (const QAction *action : help->actions()) {
        names.append(action->isSeparator() ? QStringLiteral("-") : action->objectName());
    }
    EXPECT_EQ(names, (QStringList{QStringLiteral("actionUserGuide"),
                                  QStringLiteral("actionKeyboardShortcuts"),
                                  QStringLiteral("actionWhatsThis"), QStringLiteral("-"),
                                  QStringLiteral("actionAbout"), QStringLiteral("actionAboutQt")}));
}

TEST_F(MainWindowHelpTest, F1OpensOneGuideAndRaisesItWhenPressedAgain)
{
    auto *guideAction = m_window->findChild<QAction *>(QStringLiteral("actionUserGuide"));
    ASSERT_NE(guideAction, nullptr);
    // The platform's help key, or F1 where it has none: offscreen has none of its own.
    EXPECT_EQ(guideAction->shortcut(), QKeySequence(Qt::Key_F1));
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *guide = m_window->findChild<UserGuide *>();
    ASSERT_NE(guide, nullptr);
    EXPECT_TRUE(guide->isVisible());
    EXPECT_FALSE(guide->isModal()); // the guide stays open while the user works
    EXPECT_EQ(guide->browser()->documentTitle(), QStringLiteral("RoleLens user guide"));
    EXPECT_TRUE(guide->browser()->toPlainText().contains(QStringLiteral("The four views")));
    guide->hide();
    guideAction->trigger();
    EXPECT_EQ(m_window->findChildren<UserGuide *>().size(), 1);
    EXPECT_TRUE(guide->isVisible());
}

TEST_F(MainWindowHelpTest, TheOpenGuideFollowsTheLanguage)
{
    UserGuide *guide = helpMenu()->showGuide();
    for (const auto &[code, title] : {std::pair{"de", "RoleLens-Benutzerhandbuch"},
                                      std::pair{"es", "Guía de usuario de RoleLens"},
                                      std::pair{"fr", "Guide d’utilisation de RoleLens"},
                                      std::pair{"en", "RoleLens user guide"}}) {
        ASSERT_TRUE(m_window->switchLanguage(QString::fromLatin1(code)));
        QCoreApplication::processEvents();
        EXPECT_EQ(guide->browser()->documentTitle(), QString::fromUtf8(title)) << code;
        EXPECT_EQ(UserGuide::resource(QString::fromLatin1(code)),
                  QStringLiteral(":/help/guide.%1.html").arg(QString::fromLatin1(code)));
    }
    EXPECT_EQ(guide->windowTitle(), QStringLiteral("RoleLens user guide"));
}

TEST_F(MainWindowHelpTest, EveryLanguageHasAGuideWhoseKeysAreTheWindowsShortcuts)
{
    for (const QString &code : Languages::codes()) {
        const QString html = page(code);
        ASSERT_EQ(UserGuide::resource(code), QStringLiteral(":/help/guide.%1.html").arg(code));
        const QStringList keys = captured(html, QStringLiteral("\\{key:(\\w+)\\}"));
        EXPECT_GE(keys.size(), 10) << qPrintable(code);
        for (const QString &name : keys) {
            const auto *action = m_window->findChild<QAction *>(name);
            ASSERT_NE(action, nullptr) << qPrintable(code) << ": no action " << qPrintable(name);
            EXPECT_FALSE(action->shortcut().isEmpty()) << qPrintable(name);
        }
        const QString shown = UserGuide::withKeys(html, m_window.get());
        EXPECT_FALSE(shown.contains(QStringLiteral("{key:"))) << qPrintable(code);
        // The window's own bindings, in the platform's words.
        EXPECT_TRUE(shown.contains(QStringLiteral("(Ctrl+1)"))) << qPrintable(code);
        EXPECT_TRUE(shown.contains(QStringLiteral("Shift+F1"))) << qPrintable(code);
    }
}

TEST_F(MainWindowHelpTest, EveryLinkOfEveryGuideLeadsSomewhere)
{
    HelpMenu *menu = helpMenu();
    for (const QString &code : Languages::codes()) {
        const QString html = page(code);
        const QStringList anchors = captured(html, QStringLiteral("<a name=\"([^\"]+)\""));
        const QStringList links = captured(html, QStringLiteral("<a href=\"([^\"]+)\""));
        EXPECT_GE(links.size(), 8) << qPrintable(code);
        for (const QString &link : links) {
            const QUrl url(link);
            if (url.scheme() == QLatin1String("rolelens")) {
                EXPECT_TRUE(menu->follow(url.path())) << qPrintable(code + QLatin1Char(' ') + link);
            } else {
                EXPECT_TRUE(url.isRelative() && anchors.contains(url.fragment()))
                    << qPrintable(code + QLatin1Char(' ') + link);
            }
        }
    }
    EXPECT_FALSE(menu->follow(QStringLiteral("nowhere")));
}

TEST_F(MainWindowHelpTest, AGuideLinkShowsItsViewOrItsWindow)
{
    UserGuide *guide = helpMenu()->showGuide();
    guide->follow(QUrl(QStringLiteral("rolelens:advisor")));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Advisor);
    guide->follow(QUrl(QStringLiteral("rolelens:compare")));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Compare);
    guide->follow(QUrl(QStringLiteral("rolelens:browse")));
    EXPECT_EQ(m_window->currentView(), MainWindow::View::Browse);
    guide->follow(QUrl(QStringLiteral("rolelens:shortcuts")));
    auto *shortcuts = m_window->findChild<ShortcutsDialog *>();
    ASSERT_NE(shortcuts, nullptr);
    EXPECT_TRUE(shortcuts->isVisible());
}

TEST_F(MainWindowHelpTest, EachGuideNamesTheViewsAsTheirTabsDo)
{
    const auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("viewTabs"));
    ASSERT_NE(tabs, nullptr);
    for (const QString &code : Languages::codes()) {
        ASSERT_TRUE(m_window->switchLanguage(code));
        QCoreApplication::processEvents();
        const QString text = UserGuide::withKeys(page(code), m_window.get());
        for (int tab = 0; tab < tabs->count(); ++tab) {
            const QString name = ShortcutsDialog::withoutMnemonic(tabs->tabText(tab));
            EXPECT_TRUE(text.contains(QStringLiteral(">%1</a>").arg(name)))
                << qPrintable(code) << ": " << qPrintable(name);
        }
    }
}

} // namespace
} // namespace rolelens
