#pragma once

#include "diagram/MapStyle.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace rolelens {

// The map's key: its title, then a sample of each kind of line (its dash and arrow head) with
// what it means, and how to read the map. Part of the scene, so that every export has it.
class MapLegend : public QGraphicsItem {
    Q_DECLARE_TR_FUNCTIONS(MapLegend)

public:
    // `width`: what the legend may take, the map's own width at least. An interactive one (in
    // the window) also says how to use the map.
    MapLegend(const MapStyle &style, double width, bool interactive);

    static QString title();
    static QString meaning(MapEdge::Kind kind);
    static QString howToRead();

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    struct Entry {
        MapEdge::Kind kind;
        QRectF text;
    };
    void lay();

    MapStyle m_style;
    double m_width;
    bool m_interactive;
    QRectF m_title;
    QList<Entry> m_entries;
    QRectF m_howToRead;
    QSizeF m_size;
};

} // namespace rolelens
