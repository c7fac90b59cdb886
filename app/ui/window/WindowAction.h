#pragma once

#include "ui/widgets/Retranslation.h"

#include <QAction>
#include <QKeySequence>
#include <QWidget>

namespace rolelens {

// How every action of the main window is made, whichever class gives it its menu: on the
// window itself, so that its shortcut works whichever view has the focus, with an object name
// (tests and tools find an action by it) and a text that follows the language.
class WindowAction {
public:
    // `text` returns the text in the current language; `slot` runs when it is triggered.
    template <typename Text, typename Slot>
    static QAction *add(QWidget *window, const QString &name, Text text,
                        const QKeySequence &shortcut, Slot slot)
    {
        auto *created = new QAction(window);
        Retranslation::apply(window, [created, text] { created->setText(text()); });
        created->setObjectName(name);
        created->setShortcut(shortcut);
        QObject::connect(created, &QAction::triggered, window, slot);
        window->addAction(created);
        return created;
    }

    // The platform's binding for `standard`, or else `fallback`, on platforms that have none
    // of their own (a bare X session, the offscreen platform).
    static void setStandardShortcut(QAction *action, QKeySequence::StandardKey standard,
                                    const QKeySequence &fallback)
    {
        action->setShortcut(standard);
        if (action->shortcut().isEmpty()) {
            action->setShortcut(fallback);
        }
    }
};

} // namespace rolelens
