#pragma once

#include "catalog/Catalog.h"
#include "diagram/MapStyle.h"
#include "map/MapLayout.h"
#include "map/RoleMap.h"

#include <QGraphicsScene>

namespace rolelens {

class MapEdgeItem;
class MapLegend;
class MapNodeItem;

// The role map as a scene: core's graph (RoleMap) and places (MapLayout), with a node per
// role, a line per edge and the legend above them. The text is measured here, with the fonts
// it is drawn with, and handed to the layout. Drawn the same in the window and in the SVG and
// PDF files; only the window's is interactive (hover, click, keyboard focus).
class MapScene : public QGraphicsScene {
    Q_OBJECT

public:
    enum class Use { Window, Export };

    MapScene(const Catalog &catalog, const MapStyle &style, Use use, QObject *parent = nullptr);

    // Builds the scene anew, for the catalog in another language or a new palette.
    void rebuild(const Catalog &catalog, const MapStyle &style);

    const RoleMap &map() const { return m_map; }
    const MapLayout &layout() const { return m_layout; }
    const QList<MapNodeItem *> &nodeItems() const { return m_nodes; }
    const QList<MapEdgeItem *> &edgeItems() const { return m_edges; }
    MapNodeItem *nodeItem(const QString &roleId) const;
    // The map and its legend, with a margin: what a view fits and an export draws.
    QRectF contentRect() const { return m_content; }

    // Why nothing is drawn, for a map of more roles than RoleMap::kMaxDrawnRoles; else empty.
    static QString tooManyRoles(qsizetype count);

    // Emphasises the lines of the role and dims the others; an empty id shows all alike.
    void highlight(const QString &roleId);
    QString highlightedRole() const { return m_highlighted; }
    // From a node: asks for the role's profile.
    void activate(const QString &roleId) { emit roleActivated(roleId); }

signals:
    void roleActivated(const QString &roleId);
    void focusedRoleChanged(const QString &roleId);

private:
    void build(const Catalog &catalog);
    // Parallel lines between the same two roles, spread apart: each line's sideways offset.
    QList<double> bends() const;

    MapStyle m_style;
    Use m_use;
    RoleMap m_map;
    MapLayout m_layout;
    QList<MapNodeItem *> m_nodes;
    QList<MapEdgeItem *> m_edges;
    MapLegend *m_legend = nullptr;
    QRectF m_content;
    QString m_highlighted;
};

} // namespace rolelens
