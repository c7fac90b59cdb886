// Help > Keyboard shortcuts lists what the window really has, and Help > About RoleLens credits
// the catalog's articles and states the licence (issue 20).

#include "app/ui/window/MainWindowTest.h"
#include "i18n/Languages.h"
#include "ui/window/AboutDialog.h"
#include "ui/window/HelpMenu.h"
#include "ui/window/ShortcutsDialog.h"

#include <QAction>
#include <QLabel>
#include <QTreeWidget>
#include <QWhatsThis>

namespace rolelens {
namespace {

class MainWindowHelpDialogsTest : public MainWindowTest {
protected:
    void TearDown() override
    {
        Languages::use(QStringLiteral("en"));
        MainWindowTest::TearDown();
    }

    HelpMenu *helpMenu() const { return m_window->findChild<HelpMenu *>(); }

    // Every row of the shortcuts table: "command = shortcut".
    static QStringList rows(const ShortcutsDialog *dialog)
    {
        QStringList all;
        const QTreeWidget *table = dialog->table();
        for (int group = 0; group < table->topLevelItemCount(); ++group) {
            const QTreeWidgetItem *item = table->topLevelItem(group);
            for (int row = 0; row < item->childCount(); ++row) {
                all.append(item->child(row)->text(0) + QStringLiteral(" = ") +
                           item->child(row)->text(1));
            }
        }
        return all;
    }

    // Every action of the window with a shortcut: "command = shortcut".
    QStringList actionsWithShortcuts() const
    {
        QStringList all;
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            if (!action->shortcuts().isEmpty()) {
                all.append(ShortcutsDialog::withoutMnemonic(action->text()) +
                           QStringLiteral(" = ") + ShortcutsDialog::shortcutText(action));
            }
        }
        return all;
    }
};

TEST_F(MainWindowHelpDialogsTest, TheShortcutsListEveryActionOfTheWindowWithItsShortcut)
{
    // Every view built, with whatever actions it adds.
    m_window->compareView();
    m_window->advisorView();
    m_window->findChild<QAction *>(QStringLiteral("actionKeyboardShortcuts"))->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    const QStringList expected = actionsWithShortcuts();
    ASSERT_GE(expected.size(), 15);
    const QStringList shown = rows(dialog);
    for (const QString &action : expected) {
        EXPECT_TRUE(shown.contains(action)) << qPrintable(action);
    }
    EXPECT_EQ(shown.size(), expected.size()) << qPrintable(shown.join(QLatin1Char('\n')));
    EXPECT_TRUE(shown.contains(QStringLiteral("Find a role… = Ctrl+F")));
    EXPECT_TRUE(shown.contains(QStringLiteral("User guide = F1")));
    EXPECT_TRUE(shown.contains(QStringLiteral("What's This? = Shift+F1")));
    EXPECT_TRUE(shown.contains(QStringLiteral("Back = Alt+Left")));
    // Every binding of the platform's, not only the first.
    QStringList redo;
    for (const QKeySequence &keys : QKeySequence::keyBindings(QKeySequence::Redo)) {
        redo.append(keys.toString(QKeySequence::NativeText));
    }
    ASSERT_GE(redo.size(), 2);
    EXPECT_TRUE(shown.contains(QStringLiteral("Redo = ") + redo.join(QStringLiteral(", "))))
        << qPrintable(shown.join(QLatin1Char('\n')));
}

TEST_F(MainWindowHelpDialogsTest, TheShortcutsAreGroupedByMenuInTheMenuBarsOrder)
{
    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entries(m_window.get());
    QStringList groups;
    for (const auto &entry : entries) {
        if (groups.isEmpty() || groups.last() != entry.group) {
            groups.append(entry.group);
        }
    }
    EXPECT_EQ(groups,
              (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Roles"),
                           QStringLiteral("View"), QStringLiteral("Help")}));
}

TEST_F(MainWindowHelpDialogsTest, TheShortcutsFollowTheLanguage)
{
    ShortcutsDialog *dialog = helpMenu()->showShortcuts();
    ASSERT_TRUE(m_window->switchLanguage(QStringLiteral("de")));
    QCoreApplication::processEvents();
    EXPECT_EQ(dialog->windowTitle(), QStringLiteral("Tastenkombinationen"));
    EXPECT_EQ(dialog->table()->topLevelItem(0)->text(0), QStringLiteral("Datei"));
    // The actions' new texts, and the keys in the language's words ("Strg+F").
    const QStringList shown = rows(dialog);
    const QStringList expected = actionsWithShortcuts();
    EXPECT_EQ(shown.size(), expected.size());
    for (const QString &action : expected) {
        EXPECT_TRUE(shown.contains(action)) << qPrintable(action);
    }
    EXPECT_TRUE(shown.contains(QStringLiteral("Rolle finden… = ") +
                               QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)))
        << qPrintable(shown.join(QLatin1Char('\n')));
}

TEST_F(MainWindowHelpDialogsTest, MnemonicsAreDroppedAndALiteralAmpersandKept)
{
    EXPECT_EQ(ShortcutsDialog::withoutMnemonic(QStringLiteral("&Find a role…")),
              QStringLiteral("Find a role…"));
    EXPECT_EQ(ShortcutsDialog::withoutMnemonic(QStringLiteral("Aid&e")), QStringLiteral("Aide"));
    EXPECT_EQ(ShortcutsDialog::withoutMnemonic(QStringLiteral("Print && &export")),
              QStringLiteral("Print & export"));
    EXPECT_EQ(ShortcutsDialog::withoutMnemonic(QStringLiteral("End&")), QStringLiteral("End"));
}

TEST_F(MainWindowHelpDialogsTest, ShiftF1AsksWhatsThis)
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionWhatsThis"));
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
    EXPECT_EQ(action->text(), QStringLiteral("&What's This?"));
    action->trigger();
    EXPECT_TRUE(QWhatsThis::inWhatsThisMode());
    QWhatsThis::leaveWhatsThisMode();
    EXPECT_FALSE(QWhatsThis::inWhatsThisMode());
}

TEST_F(MainWindowHelpDialogsTest, TheAboutBoxCreditsEveryArticleOfTheCatalogAndTheLicence)
{
    Catalog catalog = m_window->catalog();
    // Not a list of its own: an article a catalog adds is credited too.
    Source added;
    added.id = QStringLiteral("article-added");
    added.kind = Source::Kind::Article;
    added.title = QStringLiteral("An article of the user's");
    added.publisher = QStringLiteral("Their Press");
    catalog.addOrReplaceSource(added);
    const QString text = AboutDialog::text(catalog);
    int articles = 0;
    for (const Source &source : catalog.sources()) {
        const bool credited = text.contains(QStringLiteral("<li>") + source.title.toHtmlEscaped());
        if (source.kind == Source::Kind::Article) {
            ++articles;
            EXPECT_TRUE(credited) << qPrintable(source.id);
            EXPECT_TRUE(text.contains(source.publisher.toHtmlEscaped())) << qPrintable(source.id);
        } else {
            EXPECT_FALSE(credited) << qPrintable(source.id); // not an article
        }
    }
    EXPECT_EQ(articles, 6);
    EXPECT_TRUE(text.contains(QStringLiteral("these 6 articles")));
    EXPECT_TRUE(text.contains(QStringLiteral("Profile? (Stuff In Post)")));
    EXPECT_TRUE(text.contains(QStringLiteral("An article of the user's (Their Press)")));
    EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License (GPL)")));
    EXPECT_TRUE(text.contains(QStringLiteral("version 3 of the License, or")));
    EXPECT_TRUE(text.contains(QStringLiteral("general practice")));
    EXPECT_TRUE(text.contains(QStringLiteral("illustrative assumptions")));
    EXPECT_TRUE(text.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())));
    EXPECT_TRUE(text.contains(QStringLiteral("spdlog")));
}

TEST_F(MainWindowHelpDialogsTest, TheAboutBoxOpensWithoutBlockingAndSpeaksTheLanguage)
{
    ASSERT_TRUE(m_window->switchLanguage(QStringLiteral("de")));
    m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    auto *about = m_window->findChild<AboutDialog *>();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    EXPECT_EQ(about->windowModality(), Qt::WindowModal);
    EXPECT_EQ(about->windowTitle(), QStringLiteral("Über RoleLens"));
    const QString text = about->label()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Quellen")));
    EXPECT_TRUE(text.contains(QStringLiteral("GNU General Public License (GPL)")));
    for (const Source &source : m_window->catalog().sources()) {
        if (source.kind == Source::Kind::Article) {
            EXPECT_TRUE(text.contains(source.title.toHtmlEscaped())) << qPrintable(source.id);
        }
    }
    about->close();
}

} // namespace
} // namespace rolelens
