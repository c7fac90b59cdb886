#pragma once

#include <QWidget>

#include <functional>

namespace rolelens {

// A page (a tab) whose view is built the first time it is shown or asked for, so that start-up
// pays only for the view on screen. The page holds the view edge to edge.
class LazyPage : public QWidget {
    Q_OBJECT

public:
    using Factory = std::function<QWidget *()>;

    explicit LazyPage(Factory factory, QWidget *parent = nullptr);

    bool isBuilt() const { return m_view != nullptr; }
    // The view, built now if it was not yet.
    QWidget *view();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Factory m_factory;
    QWidget *m_view = nullptr;
};

} // namespace rolelens
