#include "sheet/SheetFragments.h"

#include <QChart>
#include <QGraphicsScene>
#include <QPainter>

namespace rolelens {

TextFragment::TextFragment(TextBox box, QColor color, qreal indent)
    : m_box(std::move(box)), m_color(color), m_indent(indent), m_to(m_box.lineCount())
{
}

qreal TextFragment::height() const
{
    return m_box.heightOfLines(m_from, m_to);
}

void TextFragment::paint(QPainter *painter, const QPointF &topLeft) const
{
    painter->setPen(m_color);
    m_box.paint(painter, topLeft + QPointF(m_indent, 0), m_from, m_to);
}

std::unique_ptr<SheetFragment> TextFragment::takeFirst(qreal maxHeight)
{
    const int fitting = m_box.linesFitting(m_from, maxHeight);
    if (fitting == 0 || m_from + fitting >= m_to) {
        return nullptr;
    }
    auto first = std::make_unique<TextFragment>(*this);
    first->m_to = m_from + fitting;
    m_from += fitting;
    return first;
}

TableRowFragment::TableRowFragment(QList<Cell> cells, qreal width, qreal padding, QColor fill,
                                   QColor rule, QColor text)
    : m_cells(std::move(cells)), m_width(width), m_padding(padding), m_fill(fill), m_rule(rule),
      m_text(text)
{
    for (auto &cell : m_cells) {
        cell.to = cell.box.lineCount();
    }
}

qreal TableRowFragment::height() const
{
    qreal tallest = 0;
    for (const auto &cell : m_cells) {
        tallest = std::max(tallest, cell.box.heightOfLines(cell.from, cell.to));
    }
    return tallest + 2 * m_padding;
}

void TableRowFragment::paint(QPainter *painter, const QPointF &topLeft) const
{
    const QRectF area(topLeft, QSizeF(m_width, height()));
    if (m_fill.isValid()) {
        painter->fillRect(area, m_fill);
    }
    QPen pen(m_rule);
    pen.setWidthF(0);
    painter->setPen(pen);
    painter->drawRect(area);
    for (const auto &cell : m_cells) {
        if (cell.x > 0) {
            painter->drawLine(QPointF(area.left() + cell.x, area.top()),
                              QPointF(area.left() + cell.x, area.bottom()));
        }
    }
    painter->setPen(m_text);
    for (const auto &cell : m_cells) {
        cell.box.paint(painter, topLeft + QPointF(cell.x + m_padding, m_padding), cell.from,
                       cell.to);
    }
}

std::unique_ptr<SheetFragment> TableRowFragment::takeFirst(qreal maxHeight)
{
    const qreal available = maxHeight - 2 * m_padding;
    bool anything = false;
    bool everything = true;
    QList<int> fitting;
    for (const auto &cell : m_cells) {
        const int lines = cell.box.linesFitting(cell.from, available);
        fitting.append(lines);
        anything = anything || lines > 0;
        everything = everything && cell.from + lines >= cell.to;
    }
    if (!anything || everything) {
        return nullptr;
    }
    auto first = std::make_unique<TableRowFragment>(*this);
    for (qsizetype i = 0; i < m_cells.size(); ++i) {
        first->m_cells[i].to = m_cells[i].from + fitting.at(i);
        m_cells[i].from += fitting.at(i);
    }
    return first;
}

ChartFragment::ChartFragment(QChart *chart, qreal width, qreal height)
    : m_scene(std::make_shared<QGraphicsScene>()), m_width(width), m_height(height)
{
    // Laid out at a screen-like size, then scaled onto the page: chart fonts keep their
    // proportions to the plot whatever the printer's resolution.
    constexpr qreal kSceneWidth = 760;
    const QSizeF size(kSceneWidth, kSceneWidth * height / width);
    m_scene->addItem(chart);
    chart->resize(size);
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
}

void ChartFragment::paint(QPainter *painter, const QPointF &topLeft) const
{
    // Fill patterns scaled with the chart, as on screen: drawn in the printer's pixels, the
    // hatching's lines ran a third of a millimetre apart and read as a tint.
    const bool cosmetic = !painter->testRenderHint(QPainter::NonCosmeticBrushPatterns);
    painter->setRenderHint(QPainter::NonCosmeticBrushPatterns);
    m_scene->render(painter, QRectF(topLeft, QSizeF(m_width, m_height)), m_scene->sceneRect());
    painter->setRenderHint(QPainter::NonCosmeticBrushPatterns, !cosmetic);
}

SceneFragment::SceneFragment(std::shared_ptr<QGraphicsScene> scene, const QRectF &source,
                             qreal width, qreal height)
    : m_scene(std::move(scene)), m_source(source), m_width(width), m_height(height)
{
}

void SceneFragment::paint(QPainter *painter, const QPointF &topLeft) const
{
    m_scene->render(painter, QRectF(topLeft, QSizeF(m_width, m_height)), m_source,
                    Qt::KeepAspectRatio);
}

} // namespace rolelens
