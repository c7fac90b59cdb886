#include "ui/window/FirstRunHint.h"

#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>

namespace rolelens {

FirstRunHint::FirstRunHint(QWidget *parent)
    : MessageBar(QStyle::SP_MessageBoxInformation, QPalette::AlternateBase, parent)
{
    setObjectName(QStringLiteral("firstRunHint"));
    QLabel *text = this->text();
    auto *open = new QPushButton;
    open->setObjectName(QStringLiteral("firstRunOpenAdvisor"));
    connect(open, &QPushButton::clicked, this, &FirstRunHint::advisorRequested);
    auto *close = new QToolButton;
    close->setObjectName(QStringLiteral("firstRunClose"));
    close->setText(QStringLiteral("✕"));
    Retranslation::apply(this, [text, open, close] {
        text->setText(tr("New here? Browse the roles, compare two to four side by side, or let "
                         "the Advisor check what you expect from a hire: start with one of the "
                         "examples."));
        open->setText(tr("Open the &Advisor with an example"));
        AccessibleText::set(open, AccessibleText::plain(open->text()),
                            tr("Shows the advisor with an example scenario and hides this hint "
                               "for good."));
        close->setToolTip(tr("Close this hint"));
        AccessibleText::set(close, close->toolTip(),
                            tr("Hides this hint for good; the examples stay in the File menu."));
    });
    connect(close, &QToolButton::clicked, this, &FirstRunHint::dismissed);
    addButton(open);
    addButton(close);
}

} // namespace rolelens
