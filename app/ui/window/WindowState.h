#pragma once

#include "ui/window/MainWindow.h"
#include "ui/window/Settings.h"

#include <QVariant>

#include <map>

namespace rolelens {

// What the window keeps from one session to the next: its size and place, its toolbar, the
// view on screen and each view's own state (splitters, the selected and the compared roles).
// Each view's settings are rows of one table. A view built lazily takes its state when it is
// built; until then the state is kept here, and saved again unchanged.
class WindowState {
public:
    explicit WindowState(MainWindow &window);

    // Possible before the catalog is installed.
    void restoreGeometry();
    // Everything else of the last session. Needs the catalog.
    void restoreSession();
    void save() const;
    // Gives a view, built now, the last session's state kept for it, which is then no longer
    // kept.
    void restoreView(MainWindow::View view, QWidget *built);

private:
    // The view, or null while it is not built (asking the window for it would build it).
    QWidget *builtView(MainWindow::View view) const;

    MainWindow &m_window;
    // The last session's state of the views not built yet, by setting.
    std::map<Settings::Key, QVariant> m_kept;
};

} // namespace rolelens
