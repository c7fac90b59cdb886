#pragma once

#include "diagram/MapStyle.h"
#include "map/RoleMap.h"

#include <QGraphicsItem>

namespace rolelens {

class MapScene;

// A role on the map: its title (wrapped, never clipped: the item is as large as its text) and
// category. Hovering it highlights its lines; a click, or Enter when it has the keyboard focus,
// asks the scene to open its profile.
class MapNodeItem : public QGraphicsItem {
public:
    MapNodeItem(MapScene &scene, const RoleMap::Node &node, const MapStyle &style);

    // The size the text needs, padding included: what the layout places.
    static QSizeF measure(const RoleMap::Node &node, const MapStyle &style);

    const QString &roleId() const { return m_node.roleId; }
    const QString &title() const { return m_node.title; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    static QRectF titleRect(const RoleMap::Node &node, const MapStyle &style);
    static QRectF categoryRect(const RoleMap::Node &node, const MapStyle &style);

    MapScene &m_scene;
    RoleMap::Node m_node;
    MapStyle m_style;
    QSizeF m_size;
    QPointF m_pressedAt;
};

} // namespace rolelens
