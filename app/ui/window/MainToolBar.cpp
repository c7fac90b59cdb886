#include "ui/window/MainToolBar.h"

#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QIcon>
#include <QMenu>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace rolelens {

void MainToolBar::add(MainWindow *window, const Actions &actions)
{
    QToolBar *toolBar = window->addToolBar(QString());
    Retranslation::apply(toolBar, [toolBar] { toolBar->setWindowTitle(tr("Main toolbar")); });
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The other actions of the toolbar have tips of their own, with their shortcut or their
    // choices (MainWindowActions); these say what a button does, to the pointer and to a
    // screen reader.
    Retranslation::apply(toolBar, [actions] {
        actions.find->setToolTip(tr("Search the roles by name, skill or metric, in Browse roles"));
        actions.openScenario->setToolTip(tr("Open a saved hiring scenario in the advisor"));
        actions.saveScenario->setToolTip(tr("Save the advisor's scenario in its file"));
    });
    const QStyle *style = window->style();
    const auto withIcon = [&](QAction *action, const char *themeName,
                              QStyle::StandardPixmap fallback) {
        action->setIcon(QIcon::fromTheme(QLatin1String(themeName), style->standardIcon(fallback)));
        toolBar->addAction(action);
        AccessibleText::mirror(toolBar->widgetForAction(action), action);
    };
    withIcon(actions.find, "edit-find", QStyle::SP_FileDialogContentsView);
    withIcon(actions.add, "list-add", QStyle::SP_FileDialogNewFolder);
    toolBar->addSeparator();
    withIcon(actions.newScenario, "document-new", QStyle::SP_FileIcon);
    withIcon(actions.openScenario, "document-open", QStyle::SP_DialogOpenButton);
    addExamplesButton(window);
    withIcon(actions.saveScenario, "document-save", QStyle::SP_DialogSaveButton);
    toolBar->addSeparator();
    withIcon(actions.exportPdf, "document-export", QStyle::SP_FileDialogDetailedView);
}

void MainToolBar::addExamplesButton(MainWindow *window)
{
    auto *examples = window->findChild<QMenu *>(QStringLiteral("menuExamples"));
    auto *toolBar = window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    if (!examples || !toolBar) {
        return;
    }
    auto *button = new QToolButton;
    button->setObjectName(QStringLiteral("examplesButton"));
    Retranslation::apply(button, [button] {
        button->setText(tr("Examples"));
        button->setToolTip(tr("Open an example scenario in the advisor"));
        AccessibleText::set(button, button->text(), button->toolTip());
    });
    button->setIcon(
        QIcon::fromTheme(QStringLiteral("help-contents"),
                         window->style()->standardIcon(QStyle::SP_MessageBoxInformation)));
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setPopupMode(QToolButton::InstantPopup);
    // As the toolbar's other buttons: the keyboard has the same menu under File.
    button->setFocusPolicy(Qt::NoFocus);
    button->setMenu(examples);
    toolBar->addWidget(button);
}

} // namespace rolelens
