#include "ui/widgets/AccessibleText.h"

#include "ui/widgets/Retranslation.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTabWidget>

namespace rolelens {

void AccessibleText::set(QWidget *widget, const QString &name, const QString &description)
{
    QList<QWidget *> targets{widget};
    // Focus goes to a spin box's text field and to a tab widget's tab bar, and an open combo
    // box is read from its list: each is where a reader is when it asks what this is.
    if (auto *box = qobject_cast<QAbstractSpinBox *>(widget)) {
        targets.append(box->findChild<QLineEdit *>());
    } else if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
        targets.append(tabs->tabBar());
    } else if (auto *combo = qobject_cast<QComboBox *>(widget)) {
        targets.append(combo->view());
    }
    for (QWidget *target : targets) {
        if (target) {
            target->setAccessibleName(name);
            target->setAccessibleDescription(description);
        }
    }
}

void AccessibleText::follow(QWidget *widget, Text name, Text description)
{
    Retranslation::apply(widget,
                         [widget, name = std::move(name), description = std::move(description)] {
                             set(widget, name(), description());
                         });
}

void AccessibleText::mirror(QWidget *button, QAction *action)
{
    const auto update = [button, action] {
        const QString name = plain(action->text());
        QString description = action->statusTip();
        if (description.isEmpty() && plain(action->toolTip()) != name) {
            description = action->toolTip();
        }
        set(button, name, description);
    };
    update();
    QObject::connect(action, &QAction::changed, button, update);
}

QString AccessibleText::plain(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral("&(?!&)"));
    text.remove(mnemonic);
    if (text.endsWith(QChar(0x2026))) {
        text.chop(1);
    }
    return text.trimmed();
}

} // namespace rolelens
