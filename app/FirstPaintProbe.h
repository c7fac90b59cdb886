#pragma once

#include <QObject>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

// For start-up benchmarks (tests/bench/startup_speed.sh): when the environment variable
// ROLELENS_QUIT_AFTER_FIRST_PAINT is set, the program quits as soon as its window has been
// painted once, so that a whole-process timer measures start-up to the first painted
// window. Without the variable it does nothing.
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    static bool requested();
    // Watches `window`; the application quits after the first paint of it or of a child.
    explicit FirstPaintProbe(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    bool m_painted = false;
};

} // namespace rolelens
