#include "ui/window/HelpMenu.h"

#include "ui/widgets/Retranslation.h"
#include "ui/window/AboutDialog.h"
#include "ui/window/MainWindow.h"
#include "ui/window/ShortcutsDialog.h"
#include "ui/window/UserGuide.h"
#include "ui/window/WindowAction.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QWhatsThis>

namespace rolelens {

HelpMenu::HelpMenu(MainWindow *window) : QObject(window), m_window(window) {}

HelpMenu *HelpMenu::install(MainWindow *window)
{
    auto *menu = new HelpMenu(window);
    menu->addMenu();
    return menu;
}

void HelpMenu::addMenu()
{
    MainWindow *window = m_window;
    QAction *guide = WindowAction::add(
        window, QStringLiteral("actionUserGuide"), [] { return tr("&User guide"); }, QKeySequence(),
        [this] { showGuide(); });
    // F1 wherever the platform binds no help key of its own (a bare X session).
    WindowAction::setStandardShortcut(guide, QKeySequence::HelpContents, QKeySequence(Qt::Key_F1));
    QAction *shortcuts = WindowAction::add(
        window, QStringLiteral("actionKeyboardShortcuts"), [] { return tr("&Keyboard shortcuts"); },
        QKeySequence(), [this] { showShortcuts(); });
    // Qt's own: checked while the pointer asks "what's this?", unchecked when it has its answer.
    QAction *whatsThis = QWhatsThis::createAction(window);
    whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    WindowAction::setStandardShortcut(whatsThis, QKeySequence::WhatsThis,
                                      QKeySequence(Qt::SHIFT | Qt::Key_F1));
    window->addAction(whatsThis);
    Retranslation::apply(window, [whatsThis] {
        whatsThis->setText(tr("&What's This?"));
        whatsThis->setStatusTip(tr("Click a question of the Advisor to read what it is for and "
                                   "how the advice uses your answer"));
    });
    QAction *about = WindowAction::add(
        window, QStringLiteral("actionAbout"), [] { return tr("&About RoleLens"); }, QKeySequence(),
        [this] { showAbout(); });
    QAction *aboutQt = WindowAction::add(
        window, QStringLiteral("actionAboutQt"), [] { return tr("About &Qt"); }, QKeySequence(),
        [] { QApplication::aboutQt(); });

    auto *menu = new QMenu(window->menuBar());
    menu->setObjectName(QStringLiteral("menuHelp"));
    Retranslation::apply(menu, [menu] { menu->setTitle(tr("&Help")); });
    menu->addAction(guide);
    menu->addAction(shortcuts);
    menu->addAction(whatsThis);
    menu->addSeparator();
    menu->addAction(about);
    menu->addAction(aboutQt);
    window->menuBar()->addMenu(menu);
}

UserGuide *HelpMenu::showGuide()
{
    if (!m_guide) {
        m_guide = new UserGuide(m_window);
        connect(m_guide, &UserGuide::commandRequested, this, &HelpMenu::follow);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    return m_guide;
}

ShortcutsDialog *HelpMenu::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_window);
    }
    // The window's actions as they are now: a view built since adds its own.
    m_shortcuts->refresh();
    m_shortcuts->show();
    m_shortcuts->raise();
    m_shortcuts->activateWindow();
    return m_shortcuts;
}

AboutDialog *HelpMenu::showAbout()
{
    auto *about = new AboutDialog(m_window->catalog(), m_window);
    about->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal without a nested event loop: the window waits, the program does not.
    about->open();
    return about;
}

bool HelpMenu::follow(const QString &command)
{
    if (command == QLatin1String("browse")) {
        m_window->showView(MainWindow::View::Browse);
    } else if (command == QLatin1String("compare")) {
        m_window->showView(MainWindow::View::Compare);
    } else if (command == QLatin1String("advisor")) {
        m_window->showView(MainWindow::View::Advisor);
    } else if (command == QLatin1String("self-check")) {
        m_window->showView(MainWindow::View::SelfCheck);
    } else if (command == QLatin1String("map")) {
        m_window->showView(MainWindow::View::Map);
    } else if (command == QLatin1String("shortcuts")) {
        showShortcuts();
    } else if (command == QLatin1String("about")) {
        showAbout();
    } else {
        return false;
    }
    return true;
}

} // namespace rolelens
