#include "ui/widgets/Retranslation.h"

#include <QEvent>
#include <QWidget>

namespace rolelens {

Retranslation::Retranslation(QWidget *owner, std::function<void()> apply)
    : QObject(owner), m_apply(std::move(apply))
{
}

void Retranslation::apply(QWidget *owner, std::function<void()> apply)
{
    apply();
    onChange(owner, std::move(apply));
}

void Retranslation::onChange(QWidget *owner, std::function<void()> apply)
{
    new Retranslation(owner, std::move(apply));
}

bool Retranslation::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_apply();
        return true;
    }
    return QObject::event(event);
}

} // namespace rolelens
