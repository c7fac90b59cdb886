#pragma once

#include "sheet/SheetFragment.h"
#include "sheet/TextBox.h"

#include <QColor>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
class QGraphicsScene;
QT_END_NAMESPACE

namespace rolelens {

// Wrapped text, split between lines when it runs over a page.
class TextFragment : public SheetFragment {
public:
    TextFragment(TextBox box, QColor color, qreal indent = 0);
    qreal height() const override;
    void paint(QPainter *painter, const QPointF &topLeft) const override;
    std::unique_ptr<SheetFragment> takeFirst(qreal maxHeight) override;
    bool flowsAcrossPages() const override { return true; }
    bool splittable() const override { return true; }

private:
    TextBox m_box;
    QColor m_color;
    qreal m_indent;
    int m_from = 0;
    int m_to;
};

// One row of a table: cells side by side, a fill for rows that differ, rules between
// cells. A row taller than a page gives up whole lines of every cell.
class TableRowFragment : public SheetFragment {
public:
    struct Cell {
        TextBox box;
        qreal x;
        qreal width;
        int from = 0;
        int to = 0;
    };

    TableRowFragment(QList<Cell> cells, qreal width, qreal padding, QColor fill, QColor rule,
                     QColor text);
    qreal height() const override;
    void paint(QPainter *painter, const QPointF &topLeft) const override;
    std::unique_ptr<SheetFragment> takeFirst(qreal maxHeight) override;
    bool splittable() const override { return true; }

private:
    QList<Cell> m_cells;
    qreal m_width;
    qreal m_padding;
    QColor m_fill;
    QColor m_rule;
    QColor m_text;
};

// A chart drawn as vectors: the scene is painted straight onto the printer.
class ChartFragment : public SheetFragment {
public:
    // Takes ownership of the chart.
    ChartFragment(QChart *chart, qreal width, qreal height);
    qreal height() const override { return m_height; }
    void paint(QPainter *painter, const QPointF &topLeft) const override;

private:
    std::shared_ptr<QGraphicsScene> m_scene;
    qreal m_width;
    qreal m_height;
};

// A drawing (a scene the caller made, such as the role map), scaled to fit the width and
// height it is given, its proportions kept.
class SceneFragment : public SheetFragment {
public:
    SceneFragment(std::shared_ptr<QGraphicsScene> scene, const QRectF &source, qreal width,
                  qreal height);
    qreal height() const override { return m_height; }
    void paint(QPainter *painter, const QPointF &topLeft) const override;

private:
    std::shared_ptr<QGraphicsScene> m_scene;
    QRectF m_source;
    qreal m_width;
    qreal m_height;
};

class GapFragment : public SheetFragment {
public:
    explicit GapFragment(qreal height) : m_height(height) {}
    qreal height() const override { return m_height; }
    void paint(QPainter *, const QPointF &) const override {}
    bool isGap() const override { return true; }

private:
    qreal m_height;
};

} // namespace rolelens
