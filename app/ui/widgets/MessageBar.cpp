#include "ui/widgets/MessageBar.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>

namespace rolelens {

MessageBar::MessageBar(QStyle::StandardPixmap icon, QPalette::ColorRole background, QWidget *parent)
    : QFrame(parent), m_text(new QLabel), m_layout(new QHBoxLayout(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(background);
    auto *iconLabel = new QLabel;
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(16, 16));
    m_text->setWordWrap(true);
    m_layout->setContentsMargins(8, 4, 4, 4);
    m_layout->addWidget(iconLabel, 0, Qt::AlignTop);
    m_layout->addWidget(m_text, 1);
}

void MessageBar::addButton(QAbstractButton *button)
{
    m_layout->addWidget(button);
}

} // namespace rolelens
