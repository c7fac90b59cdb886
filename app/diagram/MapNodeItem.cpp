#include "diagram/MapNodeItem.h"

#include "diagram/MapScene.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace rolelens {

namespace {

constexpr int kTextFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
// Drawn in the width the text was measured in, never clipped: a device whose glyphs come out a
// little wider (a PDF) then wraps at the same words, and a line a hair too long still shows.
constexpr int kDrawFlags = kTextFlags | Qt::TextDontClip;
// Room for glyphs a little wider on another device than where they were measured.
constexpr double kSlack = 4;
// How far the mouse may move between press and release and still click: more is a drag
// (the view pans).
constexpr double kClickSlop = 4;
constexpr double kCornerRadius = 6;

} // namespace

MapNodeItem::MapNodeItem(MapScene &scene, const RoleMap::Node &node, const MapStyle &style)
    : m_scene(scene), m_node(node), m_style(style), m_size(measure(node, style))
{
    setAcceptHoverEvents(true);
    setFlag(ItemIsFocusable);
    setCursor(Qt::PointingHandCursor);
    setZValue(2);
}

QRectF MapNodeItem::titleRect(const RoleMap::Node &node, const MapStyle &style)
{
    return QFontMetricsF(style.titleFont())
        .boundingRect(QRectF(0, 0, style.nodeTextWidth(), 1e6), kTextFlags, node.title);
}

QRectF MapNodeItem::categoryRect(const RoleMap::Node &node, const MapStyle &style)
{
    if (node.category.isEmpty()) {
        return {};
    }
    return QFontMetricsF(style.smallFont())
        .boundingRect(QRectF(0, 0, style.nodeTextWidth(), 1e6), kTextFlags, node.category);
}

QSizeF MapNodeItem::measure(const RoleMap::Node &node, const MapStyle &style)
{
    const QRectF title = titleRect(node, style);
    const QRectF category = categoryRect(node, style);
    const double width = std::max(title.width(), category.width());
    const double height = title.height() + (category.isEmpty() ? 0 : category.height() + 2);
    return QSizeF(std::ceil(width) + kSlack + 2 * MapStyle::kNodePadding,
                  std::ceil(height) + 2 * MapStyle::kNodePadding);
}

QRectF MapNodeItem::boundingRect() const
{
    // The focus frame is drawn just outside the box.
    return QRectF(QPointF(), m_size).adjusted(-3, -3, 3, 3);
}

void MapNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QRectF box(QPointF(), m_size);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_style.nodeBorder(), 1.2));
    painter->setBrush(m_style.nodeFill());
    painter->drawRoundedRect(box, kCornerRadius, kCornerRadius);
    if (option->state & QStyle::State_HasFocus) {
        painter->setPen(QPen(m_style.focusBorder(), 2.4));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(box.adjusted(-2, -2, 2, 2), kCornerRadius + 2, kCornerRadius + 2);
    }
    const double left = box.center().x() - m_style.nodeTextWidth() / 2;
    const double top = box.top() + MapStyle::kNodePadding;
    const QRectF title = titleRect(m_node, m_style);
    painter->setPen(m_style.text());
    painter->setFont(m_style.titleFont());
    painter->drawText(QRectF(left, top, m_style.nodeTextWidth(), title.height()), kDrawFlags,
                      m_node.title);
    if (!m_node.category.isEmpty()) {
        painter->setPen(m_style.mutedText());
        painter->setFont(m_style.smallFont());
        painter->drawText(QRectF(left, top + title.height() + 2, m_style.nodeTextWidth(),
                                 categoryRect(m_node, m_style).height()),
                          kDrawFlags, m_node.category);
    }
}

void MapNodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *)
{
    m_scene.highlight(m_node.roleId);
}

void MapNodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_scene.highlight(hasFocus() ? m_node.roleId : QString());
}

void MapNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressedAt = event->screenPos();
    event->accept();
}

void MapNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton &&
        QLineF(m_pressedAt, event->screenPos()).length() <= kClickSlop) {
        m_scene.activate(m_node.roleId);
    }
}

void MapNodeItem::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter ||
        event->key() == Qt::Key_Space) {
        m_scene.activate(m_node.roleId);
        return;
    }
    QGraphicsItem::keyPressEvent(event);
}

void MapNodeItem::focusInEvent(QFocusEvent *)
{
    m_scene.highlight(m_node.roleId);
    m_scene.focusedRoleChanged(m_node.roleId);
    update();
}

void MapNodeItem::focusOutEvent(QFocusEvent *)
{
    update();
}

} // namespace rolelens
