#pragma once

#include "diagram/MapStyle.h"
#include "map/MapEdge.h"

#include <QGraphicsPathItem>

namespace rolelens {

// A line of the map: its path from one role to the other, its arrow head (filled for a
// reporting line, open for "handled by", none for a disagreement), and a reporting line's
// label and condition in a box the line runs through. Its tooltip says everything the catalog
// says of it, with the sources.
class MapEdgeItem : public QGraphicsPathItem {
public:
    MapEdgeItem(const MapEdge &edge, const MapStyle &style);

    // The text a label box holds, and the size it needs: what the layout places.
    static QSizeF measureLabel(const MapEdge &edge, const MapStyle &style);

    const MapEdge &edge() const { return m_edge; }
    // `from` and `to` are the roles' boxes; `label` the label's place (null: none); `bend`
    // moves the line's middle sideways, in pixels, to keep parallel lines apart.
    void route(const QRectF &from, const QRectF &to, const QRectF &label, double bend);
    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static QRectF labelTextRect(const QString &text, const QFont &font, double width);
    void paintHead(QPainter *painter) const;
    void paintLabel(QPainter *painter) const;

    MapEdge m_edge;
    MapStyle m_style;
    QRectF m_label;
    QPointF m_tip;
    QPointF m_tipFrom; // the direction the head points along: from here to m_tip
    bool m_highlighted = false;
};

} // namespace rolelens
