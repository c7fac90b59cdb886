#include "ui/window/FirstRunHint.h"

#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace rolelens {

FirstRunHint::FirstRunHint(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("firstRunHint"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto *icon = new QLabel;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    auto *text = new QLabel;
    text->setWordWrap(true);
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
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(text, 1);
    layout->addWidget(open);
    layout->addWidget(close);
}

} // namespace rolelens
