#include "diagram/MapScene.h"

#include "diagram/MapEdgeItem.h"
#include "diagram/MapLegend.h"
#include "diagram/MapNodeItem.h"
#include "diagram/MapToolTip.h"

#include <QGraphicsTextItem>
#include <QHash>
#include <QLocale>

namespace rolelens {

namespace {

// Between the legend and the map, and around everything.
constexpr double kMargin = 24;
// How wide the note on a map of too many roles is wrapped.
constexpr double kNoteWidth = 480;
// Sideways distance between parallel lines joining the same two roles.
constexpr double kParallelSpacing = 16;
// Lines within a row bow out by this share of their length, so that they pass above the
// roles between their ends rather than through them.
constexpr double kRowBow = 0.12;

} // namespace

MapScene::MapScene(const Catalog &catalog, const MapStyle &style, Use use, QObject *parent)
    : QGraphicsScene(parent), m_style(style), m_use(use)
{
    build(catalog);
}

void MapScene::rebuild(const Catalog &catalog, const MapStyle &style)
{
    m_style = style;
    build(catalog);
}

MapNodeItem *MapScene::nodeItem(const QString &roleId) const
{
    const qsizetype index = m_map.nodeIndex(roleId);
    return index >= 0 && index < m_nodes.size() ? m_nodes.at(index) : nullptr;
}

QString MapScene::tooManyRoles(qsizetype count)
{
    if (count <= RoleMap::kMaxDrawnRoles) {
        return {};
    }
    return tr("The catalog has %1 roles, too many to draw as a readable map; the map draws "
              "catalogs of up to %2 roles. Browse and Compare show every role.")
        .arg(QLocale().toString(count), QLocale().toString(RoleMap::kMaxDrawnRoles));
}

void MapScene::build(const Catalog &catalog)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_highlighted.clear();
    setBackgroundBrush(m_style.background());
    m_map = RoleMap::build(catalog);
    const bool interactive = m_use == Use::Window;
    if (!m_map.isDrawable()) {
        auto *note = addText(tooManyRoles(m_map.nodes().size()), m_style.nodeFont());
        note->setDefaultTextColor(m_style.text());
        note->setTextWidth(kNoteWidth);
        m_content = note->sceneBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
        setSceneRect(m_content);
        return;
    }

    QList<QSizeF> nodeSizes;
    for (const auto &node : m_map.nodes()) {
        auto *item = new MapNodeItem(*this, node, m_style);
        if (interactive) {
            item->setToolTip(MapToolTip::forNode(catalog, node));
        }
        addItem(item);
        m_nodes.append(item);
        nodeSizes.append(MapNodeItem::measure(node, m_style));
    }
    QList<QSizeF> labelSizes;
    for (const auto &edge : m_map.edges()) {
        auto *item = new MapEdgeItem(edge, m_style);
        if (interactive) {
            item->setToolTip(MapToolTip::forEdge(catalog, edge));
        }
        addItem(item);
        m_edges.append(item);
        labelSizes.append(MapEdgeItem::measureLabel(edge, m_style));
    }
    m_layout = MapLayout::compute(m_map, nodeSizes, labelSizes);
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        m_nodes.at(i)->setPos(m_layout.nodeRects().at(i).topLeft());
    }
    const QList<double> bend = bends();
    for (qsizetype e = 0; e < m_edges.size(); ++e) {
        const MapEdge &edge = m_map.edges().at(e);
        m_edges.at(e)->route(m_layout.nodeRects().at(m_map.nodeIndex(edge.from)),
                             m_layout.nodeRects().at(m_map.nodeIndex(edge.to)),
                             m_layout.labelRects().at(e), bend.at(e));
    }

    const QRectF bounds = m_layout.bounds();
    m_legend = new MapLegend(m_style, std::max(bounds.width(), 600.0), interactive);
    m_legend->setPos(bounds.left(), bounds.top() - kMargin - m_legend->boundingRect().height());
    addItem(m_legend);
    // Lines bowing out of a row may leave the nodes' bounds: everything the items draw counts.
    m_content = itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin);
    setSceneRect(m_content);
    highlight(QString());
}

QList<double> MapScene::bends() const
{
    // Lines grouped by the pair of roles they join, whichever way they point.
    QHash<QString, QList<qsizetype>> byPair;
    const auto &edges = m_map.edges();
    for (qsizetype e = 0; e < edges.size(); ++e) {
        const QString a = std::min(edges.at(e).from, edges.at(e).to);
        const QString b = std::max(edges.at(e).from, edges.at(e).to);
        byPair[a + QLatin1Char(' ') + b].append(e);
    }
    QList<double> bend(edges.size(), 0);
    for (const auto &group : std::as_const(byPair)) {
        for (qsizetype i = 0; i < group.size(); ++i) {
            const MapEdge &edge = edges.at(group.at(i));
            // The same side for every line of the pair, whichever way it points.
            const double side = edge.from < edge.to ? 1 : -1;
            bend[group.at(i)] =
                side * kParallelSpacing *
                (static_cast<double>(i) - (static_cast<double>(group.size()) - 1) / 2.0);
        }
    }
    for (qsizetype e = 0; e < edges.size(); ++e) {
        const QRectF from = m_layout.nodeRects().at(m_map.nodeIndex(edges.at(e).from));
        const QRectF to = m_layout.nodeRects().at(m_map.nodeIndex(edges.at(e).to));
        const bool sameRow = m_layout.rows().at(m_map.nodeIndex(edges.at(e).from)) ==
                             m_layout.rows().at(m_map.nodeIndex(edges.at(e).to));
        if (sameRow) {
            // Upwards, whichever way the line points: towards the gap above the row.
            const double side = from.center().x() < to.center().x() ? -1 : 1;
            bend[e] += side * kRowBow * std::abs(to.center().x() - from.center().x());
        }
    }
    return bend;
}

void MapScene::highlight(const QString &roleId)
{
    m_highlighted = roleId;
    for (auto *item : std::as_const(m_edges)) {
        const bool touches = item->edge().from == roleId || item->edge().to == roleId;
        item->setHighlighted(touches);
        // At rest the reporting lines lead and the many others recede, still readable.
        const bool leads = item->edge().kind == MapEdge::Kind::ReportsTo;
        item->setOpacity(touches             ? 1.0
                         : !roleId.isEmpty() ? MapStyle::kDimmedOpacity
                         : leads             ? 1.0
                                             : MapStyle::kQuietOpacity);
    }
}

} // namespace rolelens
