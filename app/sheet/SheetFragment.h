#pragma once

#include <QPointF>
#include <QtGlobal>

#include <memory>

QT_BEGIN_NAMESPACE
class QPainter;
QT_END_NAMESPACE

namespace rolelens {

// One unit of a printed sheet: a paragraph, a table row, a chart, a gap. The paginator asks
// for its height, paints it where it lands, and asks a piece taller than the space left to
// give up the part that fits.
class SheetFragment {
public:
    virtual ~SheetFragment() = default;

    virtual qreal height() const = 0;
    virtual void paint(QPainter *painter, const QPointF &topLeft) const = 0;
    // Splits off the first part, at most `maxHeight` tall, and keeps the rest; null when the
    // fragment cannot be split or nothing of it fits.
    virtual std::unique_ptr<SheetFragment> takeFirst(qreal /*maxHeight*/) { return nullptr; }
    // Whether it breaks wherever a page ends (text), rather than moving whole to the next page
    // when it fits there (a chart, a table row).
    virtual bool flowsAcrossPages() const { return false; }
    // Whether takeFirst can split it at all (text and table rows; not a chart).
    virtual bool splittable() const { return false; }
    // Gaps vanish at the top of a page.
    virtual bool isGap() const { return false; }

    // A heading stays on the page of what follows it.
    bool keepWithNext = false;
    // A table row repeats its table's header at the top of a new page.
    std::shared_ptr<const SheetFragment> header;
};

} // namespace rolelens
