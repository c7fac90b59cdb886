#include "ui/window/ShortcutsDialog.h"

#include "ui/widgets/Retranslation.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rolelens {
namespace {

// A menu's actions with shortcuts, its submenus' included, under the menu bar's title.
void collect(const QMenu *menu, const QString &group, QSet<const QAction *> &listed,
             QList<ShortcutsDialog::Entry> &entries)
{
    for (QAction *action : menu->actions()) {
        if (const QMenu *submenu = action->menu()) {
            collect(submenu, group, listed, entries);
        } else if (!action->shortcuts().isEmpty() && !listed.contains(action)) {
            listed.insert(action);
            entries.append({group, ShortcutsDialog::withoutMnemonic(action->text()),
                            ShortcutsDialog::shortcutText(action)});
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window), m_window(window), m_table(new QTreeWidget), m_note(new QLabel)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(2);
    m_table->setRootIsDecorated(false);
    // The menus' titles in bold say where a command is; an indent would only cut it short.
    m_table->setIndentation(0);
    m_table->setItemsExpandable(false);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    // Every command and every key whole, however long in the language in use: the dialog
    // grows to the table (refresh()).
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(false);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    // The menus' texts are the window's, which follows the language as this does.
    Retranslation::apply(this, [this] {
        setWindowTitle(tr("Keyboard shortcuts"));
        m_table->setHeaderLabels({tr("Command"), tr("Shortcut")});
        m_table->setAccessibleName(tr("Keyboard shortcuts"));
        refresh();
    });
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMainWindow *window)
{
    QList<Entry> entries;
    QSet<const QAction *> listed;
    for (const QAction *item : window->menuBar()->actions()) {
        if (const QMenu *menu = item->menu()) {
            collect(menu, withoutMnemonic(menu->title()), listed, entries);
        }
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !listed.contains(action)) {
            listed.insert(action);
            entries.append({tr("Elsewhere in the window"), withoutMnemonic(action->text()),
                            shortcutText(action)});
        }
    }
    return entries;
}

QString ShortcutsDialog::withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            ++i; // the marked letter, or the second '&' of a literal one
            if (i == text.size()) {
                break;
            }
        }
        plain.append(text.at(i));
    }
    return plain;
}

QString ShortcutsDialog::shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &shortcut : action->shortcuts()) {
        keys.append(shortcut.toString(QKeySequence::NativeText));
    }
    return keys.join(QStringLiteral(", "));
}

void ShortcutsDialog::refresh()
{
    m_table->clear();
    QTreeWidgetItem *group = nullptr;
    for (const Entry &entry : entries(m_window)) {
        if (!group || group->text(0) != entry.group) {
            group = new QTreeWidgetItem(m_table, {entry.group});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        new QTreeWidgetItem(group, {entry.command, entry.shortcut});
    }
    m_table->expandAll();
    // Named by its own shortcut, which the table above lists too.
    const auto *guide = m_window->findChild<const QAction *>(QStringLiteral("actionUserGuide"));
    m_note->setText(tr("Tab moves from part to part of a view, and the arrow keys move within a "
                       "list, a table or a text. The user guide (%1) says more about the keys of "
                       "each view.")
                        .arg(guide ? shortcutText(guide) : QString()));
    // As large as the table, or as the user made it.
    resize(isVisible() ? size().expandedTo(sizeHint()) : sizeHint());
}

} // namespace rolelens
