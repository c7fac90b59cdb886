#include "ui/browse/HistoryBar.h"

#include "ui/widgets/AccessibleText.h"
#include "ui/widgets/Retranslation.h"

#include <QAction>
#include <QHBoxLayout>
#include <QStyle>
#include <QToolButton>

namespace rolelens {

HistoryBar::HistoryBar(QWidget *parent)
    : QWidget(parent),
      m_back(new QAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(), this)),
      m_forward(new QAction(style()->standardIcon(QStyle::SP_ArrowForward), QString(), this))
{
    Retranslation::apply(this, [this] {
        m_back->setText(tr("Back"));
        m_back->setToolTip(tr("Back to the role shown before (Alt+Left)"));
        m_forward->setText(tr("Forward"));
        m_forward->setToolTip(tr("Forward to the role shown after (Alt+Right)"));
    });
    m_back->setObjectName(QStringLiteral("actionRoleBack"));
    m_back->setShortcut(QKeySequence::Back);
    m_forward->setObjectName(QStringLiteral("actionRoleForward"));
    m_forward->setShortcut(QKeySequence::Forward);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_back, m_forward}) {
        auto *button = new QToolButton;
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setFocusPolicy(Qt::NoFocus); // the keys are Alt+Left and Alt+Right
        AccessibleText::mirror(button, action);
        layout->addWidget(button);
    }
    layout->addStretch(1);
}

} // namespace rolelens
