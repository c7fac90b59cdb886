#pragma once

#include "map/RoleMap.h"

#include <QList>
#include <QRectF>
#include <QSizeF>

namespace rolelens {

// Where the role map puts each role and each reporting line's label: in rows by hierarchy
// (supervisors above the roles they supervise, the roles on no reporting line in rows of their
// own below), each row ordered to keep related roles near each other, long rows wrapped. No
// two nodes overlap: rows are stacked by their tallest node, and nodes in a row placed side by
// side. Each label sits in the gap below its line's upper row, a gap made tall enough for its
// labels, so no label covers a node; labels in one gap are pushed apart. Deterministic: the
// same map and sizes give the same places.
//
// Sizes come from the caller, who measures text with the fonts it draws with; core has none.
class MapLayout {
public:
    struct Spacing {
        double columnGap = 48; // between two nodes of a row
        double rowGap = 64;    // least space between two rows
        double labelMargin = 8;
        int maxPerRow = 0; // 0: chosen from the number of roles
    };

    // `nodeSizes` follows map.nodes(), `labelSizes` map.edges() (an empty size: no label).
    static MapLayout compute(const RoleMap &map, const QList<QSizeF> &nodeSizes,
                             const QList<QSizeF> &labelSizes, const Spacing &spacing);
    static MapLayout compute(const RoleMap &map, const QList<QSizeF> &nodeSizes,
                             const QList<QSizeF> &labelSizes)
    {
        return compute(map, nodeSizes, labelSizes, Spacing());
    }

    const QList<QRectF> &nodeRects() const { return m_nodeRects; }
    // A null rectangle for an edge without a label.
    const QList<QRectF> &labelRects() const { return m_labelRects; }
    // Each node's row, from the top.
    const QList<int> &rows() const { return m_rows; }
    int rowCount() const { return m_rowCount; }
    QRectF bounds() const { return m_bounds; }

private:
    static QList<QList<qsizetype>> levels(const RoleMap &map);
    static void orderByNeighbours(const RoleMap &map, QList<QList<qsizetype>> &levels);
    static QList<QList<qsizetype>> wrap(const QList<QList<qsizetype>> &levels, int maxPerRow);

    QList<QRectF> m_nodeRects;
    QList<QRectF> m_labelRects;
    QList<int> m_rows;
    int m_rowCount = 0;
    QRectF m_bounds;
};

} // namespace rolelens
