#include "ui/map/MapGraphicsView.h"

#include "diagram/MapNodeItem.h"
#include "diagram/MapScene.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <limits>

namespace rolelens {

namespace {

// One wheel notch (120 eighths of a degree) zooms by this much.
constexpr double kWheelStep = 1.15;

} // namespace

MapGraphicsView::MapGraphicsView(QWidget *parent) : QGraphicsView(parent)
{
    setObjectName(QStringLiteral("roleMapView"));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setFocusPolicy(Qt::StrongFocus);
}

MapScene *MapGraphicsView::mapScene() const
{
    return static_cast<MapScene *>(scene());
}

void MapGraphicsView::applyZoom(double zoom)
{
    const double bounded = std::clamp(zoom, kMinZoom, kMaxZoom);
    setTransform(QTransform::fromScale(bounded, bounded));
    emit zoomChanged(bounded);
}

void MapGraphicsView::setZoom(double zoom)
{
    m_fitted = false;
    applyZoom(zoom);
}

void MapGraphicsView::zoomBy(double factor)
{
    setZoom(zoom() * factor);
}

void MapGraphicsView::fit()
{
    m_fitted = true;
    if (!mapScene() || viewport()->width() <= 0) {
        return;
    }
    const QRectF content = mapScene()->contentRect();
    const double scale =
        std::min(viewport()->width() / content.width(), viewport()->height() / content.height());
    applyZoom(std::min(scale, kMaxFitZoom));
    centerOn(content.center());
}

void MapGraphicsView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double notches = event->angleDelta().y() / 120.0;
        zoomBy(std::pow(kWheelStep, notches));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void MapGraphicsView::keyPressEvent(QKeyEvent *event)
{
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    if (plain) {
        const QHash<int, QPoint> directions{{Qt::Key_Left, {-1, 0}},
                                            {Qt::Key_Right, {1, 0}},
                                            {Qt::Key_Up, {0, -1}},
                                            {Qt::Key_Down, {0, 1}}};
        if (directions.contains(event->key())) {
            const QPoint way = directions.value(event->key());
            if (moveFocus(way.x(), way.y())) {
                return;
            }
        }
    }
    QGraphicsView::keyPressEvent(event);
}

void MapGraphicsView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted) {
        fit();
    }
}

void MapGraphicsView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    if (m_fitted) {
        fit();
    }
}

bool MapGraphicsView::focusNextPrevChild(bool next)
{
    // Through the roles in reading order, then on to the next widget.
    const MapScene *map = mapScene();
    if (!map || map->nodeItems().isEmpty()) {
        return QGraphicsView::focusNextPrevChild(next);
    }
    QList<MapNodeItem *> order = map->nodeItems();
    std::stable_sort(order.begin(), order.end(), [](const MapNodeItem *a, const MapNodeItem *b) {
        return a->y() < b->y() || (a->y() == b->y() && a->x() < b->x());
    });
    const auto *current = dynamic_cast<MapNodeItem *>(map->focusItem());
    const qsizetype at = current ? order.indexOf(current) : (next ? -1 : order.size());
    const qsizetype target = at + (next ? 1 : -1);
    if (hasFocus() && target >= 0 && target < order.size()) {
        order.at(target)->setFocus(Qt::TabFocusReason);
        ensureVisible(order.at(target));
        return true;
    }
    // Past the last role, or before the first: on to the next widget, and the next Tab into
    // the map starts again from its first role.
    if (hasFocus()) {
        mapScene()->setFocusItem(nullptr);
    }
    return QGraphicsView::focusNextPrevChild(next);
}

bool MapGraphicsView::moveFocus(int dx, int dy)
{
    const MapScene *map = mapScene();
    if (!map || map->nodeItems().isEmpty()) {
        return false;
    }
    const auto *current = dynamic_cast<MapNodeItem *>(map->focusItem());
    if (!current) {
        map->nodeItems().first()->setFocus(Qt::OtherFocusReason);
        return true;
    }
    const QPointF from = current->sceneBoundingRect().center();
    MapNodeItem *best = nullptr;
    double bestScore = std::numeric_limits<double>::max();
    for (MapNodeItem *item : map->nodeItems()) {
        const QPointF delta = item->sceneBoundingRect().center() - from;
        const double along = delta.x() * dx + delta.y() * dy;
        if (item == current || along <= 1) {
            continue;
        }
        // Nearest ahead, straying sideways counting double.
        const double across = std::abs(delta.x() * dy) + std::abs(delta.y() * dx);
        const double score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = item;
        }
    }
    if (!best) {
        return false;
    }
    best->setFocus(Qt::OtherFocusReason);
    ensureVisible(best);
    return true;
}

} // namespace rolelens
