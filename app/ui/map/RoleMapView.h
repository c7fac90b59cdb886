#pragma once

#include "catalog/Catalog.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QAction;
class QLabel;
QT_END_NAMESPACE

namespace rolelens {

class MapGraphicsView;
class MapScene;

// The Role map tab: the catalog's roles and how they relate (RoleMap, drawn by MapScene),
// with a bar to zoom in, zoom out and fit (also Ctrl++, Ctrl+- and Ctrl+0, and Ctrl+wheel).
// Clicking a role, or Enter on the focused one, asks for its profile. The map is drawn anew
// when the language or the palette changes; the catalog itself is the window's, fixed for its
// life, extra catalog files included.
class RoleMapView : public QWidget {
    Q_OBJECT

public:
    explicit RoleMapView(const Catalog &catalog, QWidget *parent = nullptr);

    MapScene *scene() const { return m_scene; }
    MapGraphicsView *graphicsView() const { return m_view; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }

signals:
    void roleActivated(const QString &roleId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QAction *addZoomAction(const QString &name, const QKeySequence &shortcut,
                           const std::function<void()> &slot);
    void showZoom(double zoom);
    void rebuild();

    const Catalog &m_catalog;
    MapScene *m_scene;
    MapGraphicsView *m_view;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fit = nullptr;
    QLabel *m_zoomLabel = nullptr;
};

} // namespace rolelens
