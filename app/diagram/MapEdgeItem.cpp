#include "diagram/MapEdgeItem.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

namespace rolelens {

namespace {

constexpr int kLabelFlags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
// Drawn in the width it was measured in, never clipped (see MapNodeItem).
constexpr int kDrawFlags = kLabelFlags | Qt::TextDontClip;
constexpr double kSlack = 4;
constexpr double kLabelPadding = 5;
// Wide enough to point at with a mouse, though the line is thin.
constexpr double kHoverWidth = 10;

// Where the line from the centre of `rect` towards `towards` leaves it.
QPointF exitPoint(const QRectF &rect, const QPointF &towards)
{
    const QPointF centre = rect.center();
    const QPointF delta = towards - centre;
    if (qFuzzyIsNull(delta.x()) && qFuzzyIsNull(delta.y())) {
        return centre;
    }
    const double scaleX = qFuzzyIsNull(delta.x()) ? 1e9 : (rect.width() / 2) / std::abs(delta.x());
    const double scaleY = qFuzzyIsNull(delta.y()) ? 1e9 : (rect.height() / 2) / std::abs(delta.y());
    return centre + delta * std::min({scaleX, scaleY, 1.0});
}

QFont conditionFont(const MapStyle &style)
{
    QFont font = style.smallFont();
    font.setItalic(true);
    return font;
}

} // namespace

MapEdgeItem::MapEdgeItem(const MapEdge &edge, const MapStyle &style) : m_edge(edge), m_style(style)
{
    setPen(style.edgePen(edge.kind, false));
    // Labelled lines above the others, so no other line crosses a label; all under the roles.
    setZValue(edge.hasLabel() ? 1 : 0);
    setAcceptHoverEvents(true);
}

QRectF MapEdgeItem::labelTextRect(const QString &text, const QFont &font, double width)
{
    if (text.isEmpty()) {
        return {};
    }
    return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), kLabelFlags, text);
}

QSizeF MapEdgeItem::measureLabel(const MapEdge &edge, const MapStyle &style)
{
    if (!edge.hasLabel()) {
        return {};
    }
    const QRectF label = labelTextRect(edge.label, style.smallFont(), style.labelTextWidth());
    const QRectF condition =
        labelTextRect(edge.condition, conditionFont(style), style.labelTextWidth());
    const double width = std::max(label.width(), condition.width());
    const double height = label.height() + condition.height();
    return QSizeF(std::ceil(width) + kSlack + 2 * kLabelPadding,
                  std::ceil(height) + 2 * kLabelPadding);
}

void MapEdgeItem::route(const QRectF &from, const QRectF &to, const QRectF &label, double bend)
{
    m_label = label;
    QPainterPath path;
    if (!label.isNull()) {
        // Through its label: into the box's top, out of its bottom.
        const QPointF start = exitPoint(from, label.center());
        const QPointF end = exitPoint(to, label.center());
        const bool down = label.center().y() >= start.y();
        path.moveTo(start);
        path.lineTo(QPointF(label.center().x(), down ? label.top() : label.bottom()));
        path.moveTo(QPointF(label.center().x(), down ? label.bottom() : label.top()));
        path.lineTo(end);
        m_tip = end;
        m_tipFrom = QPointF(label.center().x(), down ? label.bottom() : label.top());
    } else {
        const QPointF a = from.center();
        const QPointF b = to.center();
        const QPointF middle = (a + b) / 2;
        QPointF normal(-(b - a).y(), (b - a).x());
        const double length = std::hypot(normal.x(), normal.y());
        normal = length > 0 ? normal / length : QPointF(0, -1);
        const QPointF control = middle + normal * (2 * bend);
        const QPointF start = exitPoint(from, control);
        const QPointF end = exitPoint(to, control);
        path.moveTo(start);
        path.quadTo(control, end);
        m_tip = end;
        m_tipFrom = control;
    }
    setPath(path);
}

void MapEdgeItem::setHighlighted(bool highlighted)
{
    m_highlighted = highlighted;
    setPen(m_style.edgePen(m_edge.kind, highlighted));
    update();
}

QRectF MapEdgeItem::boundingRect() const
{
    const double margin = MapStyle::kArrowSize + kHoverWidth;
    QRectF rect = path().boundingRect().adjusted(-margin, -margin, margin, margin);
    return m_label.isNull() ? rect : rect.united(m_label);
}

QPainterPath MapEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(kHoverWidth);
    QPainterPath shape = stroker.createStroke(path());
    if (!m_label.isNull()) {
        shape.addRect(m_label);
    }
    return shape;
}

void MapEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen());
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    paintHead(painter);
    paintLabel(painter);
}

void MapEdgeItem::paintHead(QPainter *painter) const
{
    const MapStyle::Head head = MapStyle::head(m_edge.kind);
    const QLineF direction(m_tipFrom, m_tip);
    if (head == MapStyle::Head::None || direction.length() <= 0) {
        return;
    }
    const double angle = qDegreesToRadians(direction.angle());
    const double size = MapStyle::kArrowSize * (m_highlighted ? 1.25 : 1.0);
    const auto corner = [&](double turn) {
        // QLineF::angle() runs counter-clockwise with y up; the scene's y runs down.
        return m_tip - QPointF(std::cos(angle + turn) * size, -std::sin(angle + turn) * size);
    };
    const QPolygonF arrow{corner(M_PI / 7), m_tip, corner(-M_PI / 7)};
    QPen solid = pen();
    solid.setStyle(Qt::SolidLine);
    painter->setPen(solid);
    if (head == MapStyle::Head::Filled) {
        painter->setBrush(pen().color());
        painter->drawPolygon(arrow);
    } else {
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(arrow);
    }
}

void MapEdgeItem::paintLabel(QPainter *painter) const
{
    if (m_label.isNull()) {
        return;
    }
    QPen frame = pen();
    frame.setStyle(Qt::SolidLine);
    frame.setWidthF(m_highlighted ? 2.0 : 1.0);
    painter->setPen(frame);
    painter->setBrush(m_style.background());
    painter->drawRoundedRect(m_label, 4, 4);
    const double left = m_label.center().x() - m_style.labelTextWidth() / 2;
    const double top = m_label.top() + kLabelPadding;
    const QRectF label = labelTextRect(m_edge.label, m_style.smallFont(), m_style.labelTextWidth());
    painter->setPen(m_style.text());
    painter->setFont(m_style.smallFont());
    painter->drawText(QRectF(left, top, m_style.labelTextWidth(), label.height()), kDrawFlags,
                      m_edge.label);
    if (!m_edge.condition.isEmpty()) {
        painter->setPen(m_style.mutedText());
        painter->setFont(conditionFont(m_style));
        painter->drawText(
            QRectF(left, top + label.height(), m_style.labelTextWidth(),
                   labelTextRect(m_edge.condition, conditionFont(m_style), m_style.labelTextWidth())
                       .height()),
            kDrawFlags, m_edge.condition);
    }
}

} // namespace rolelens
