#include "ui/window/LazyPage.h"

#include <QVBoxLayout>

namespace rolelens {

LazyPage::LazyPage(Factory factory, QWidget *parent)
    : QWidget(parent), m_factory(std::move(factory))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::view()
{
    if (!m_view) {
        m_view = m_factory();
        m_factory = nullptr; // whatever it captured is not needed any more
        layout()->addWidget(m_view);
        // A layout shows a child added to a visible page only on the next turn of the event
        // loop (the page would be painted empty once) and does not size a hidden one: show it,
        // then size it now, so that it is painted, and seen by the caller, at its real size.
        if (isVisible()) {
            m_view->show();
        }
        layout()->activate();
        setFocusProxy(m_view);
    }
    return m_view;
}

void LazyPage::showEvent(QShowEvent *event)
{
    view();
    QWidget::showEvent(event);
}

} // namespace rolelens
