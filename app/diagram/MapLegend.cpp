#include "diagram/MapLegend.h"

#include "diagram/MapEdgeItem.h"

#include <QFontMetricsF>
#include <QPainter>

namespace rolelens {

namespace {

constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
// Drawn in the width it was measured in, never clipped (see MapNodeItem).
constexpr int kDrawFlags = kTextFlags | Qt::TextDontClip;
constexpr double kSampleWidth = 56;
constexpr double kGap = 10;

} // namespace

MapLegend::MapLegend(const MapStyle &style, double width, bool interactive)
    : m_style(style), m_width(width), m_interactive(interactive)
{
    lay();
}

QString MapLegend::title()
{
    return tr("How the roles relate, as the catalog says");
}

QString MapLegend::meaning(MapEdge::Kind kind)
{
    switch (kind) {
    case MapEdge::Kind::ReportsTo:
        return tr("Supervises: the arrow points to the role supervised; the box says what the "
                  "catalog says of the line, and on what condition");
    case MapEdge::Kind::HandledBy:
        return tr("Handled by: the arrow points to the role that does work the other does not");
    case MapEdge::Kind::Disagreement:
        return tr("The articles disagree about these roles");
    }
    return {};
}

QString MapLegend::howToRead()
{
    return tr("Click a role to open its profile. Point at a role to highlight its lines, and at a "
              "line for what it stands for and its sources.");
}

void MapLegend::lay()
{
    const QFontMetricsF titleMetrics(m_style.titleFont());
    const QFontMetricsF metrics(m_style.smallFont());
    m_title = titleMetrics.boundingRect(QRectF(0, 0, m_width, 1e6), kTextFlags, title());
    double top = m_title.bottom() + kGap;
    double left = 0;
    double rowHeight = 0;
    const double entryWidth = kSampleWidth + kGap + m_style.legendEntryWidth();
    for (const auto kind :
         {MapEdge::Kind::ReportsTo, MapEdge::Kind::HandledBy, MapEdge::Kind::Disagreement}) {
        if (left > 0 && left + entryWidth > m_width) {
            left = 0;
            top += rowHeight + kGap;
            rowHeight = 0;
        }
        const QRectF text = metrics.boundingRect(
            QRectF(left + kSampleWidth + kGap, top, m_style.legendEntryWidth(), 1e6), kTextFlags,
            meaning(kind));
        m_entries.append({kind, text});
        rowHeight = std::max(rowHeight, text.height());
        left += entryWidth + 2 * kGap;
    }
    top += rowHeight;
    m_howToRead = m_interactive ? metrics.boundingRect(QRectF(0, top + kGap, m_width, 1e6),
                                                       kTextFlags, howToRead())
                                : QRectF(0, top, 0, 0);
    double right = std::max(m_title.right(), m_howToRead.right());
    for (const auto &entry : m_entries) {
        right = std::max(right, entry.text.right());
    }
    m_size = QSizeF(right, m_howToRead.bottom());
}

QRectF MapLegend::boundingRect() const
{
    return QRectF(QPointF(), m_size);
}

void MapLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(m_style.text());
    painter->setFont(m_style.titleFont());
    painter->drawText(QRectF(m_title.topLeft(), QSizeF(m_width, m_title.height())), kDrawFlags,
                      title());
    painter->setFont(m_style.smallFont());
    for (const auto &entry : m_entries) {
        const double middle = entry.text.top() + QFontMetricsF(m_style.smallFont()).height() / 2;
        const QPointF start(entry.text.left() - kGap - kSampleWidth, middle);
        const QPointF end(entry.text.left() - kGap, middle);
        // A sample drawn by the line's own item: the legend cannot show what the map does not.
        MapEdge sample;
        sample.kind = entry.kind;
        MapEdgeItem line(sample, m_style);
        line.route(QRectF(start, QSizeF()), QRectF(end, QSizeF()), QRectF(), 0);
        line.paint(painter, nullptr, nullptr);
        painter->setPen(m_style.text());
        painter->setFont(m_style.smallFont());
        painter->drawText(
            QRectF(entry.text.topLeft(), QSizeF(m_style.legendEntryWidth(), entry.text.height())),
            kDrawFlags, meaning(entry.kind));
    }
    if (m_interactive) {
        painter->setPen(m_style.mutedText());
        painter->drawText(QRectF(m_howToRead.topLeft(), QSizeF(m_width, m_howToRead.height())),
                          kDrawFlags, howToRead());
    }
}

} // namespace rolelens
