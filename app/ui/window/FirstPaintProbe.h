#pragma once

#include <QObject>

#include <functional>

QT_BEGIN_NAMESPACE
class QWidget;
QT_END_NAMESPACE

namespace rolelens {

// For start-up benchmarks (tests/bench/startup_speed.sh): when the environment variable
// ROLELENS_QUIT_AFTER_FIRST_PAINT is set, the program quits as soon as its window has been
// painted once, so that a whole-process timer measures start-up to the first painted
// window. Set to "catalog", it waits for the first paint with the catalog loaded (a large
// catalog loads behind a loading page). Without the variable it does nothing.
class FirstPaintProbe : public QObject {
    Q_OBJECT

public:
    enum class Wait { None, AnyPaint, CatalogPaint };
    static Wait requested();

    // Watches `window`; the application quits after the first paint of it or of a child
    // once `isReady` (when given) says so.
    explicit FirstPaintProbe(QWidget *window, std::function<bool()> isReady = {});

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::function<bool()> m_isReady;
    bool m_painted = false;
};

} // namespace rolelens
