#pragma once

#include <QFont>
#include <QString>
#include <QTextLayout>

#include <memory>

QT_BEGIN_NAMESPACE
class QPaintDevice;
class QPainter;
QT_END_NAMESPACE

namespace rolelens {

// A block of wrapped text laid out for one paint device and width. It wraps at word
// boundaries (anywhere, for a word wider than the box), so no text is ever clipped, and
// can paint any range of its lines: that is how a tall table row is split across pages.
class TextBox {
public:
    TextBox(const QString &text, const QFont &font, qreal width, QPaintDevice *device);

    int lineCount() const;
    qreal height() const { return heightOfLines(0, lineCount()); }
    qreal heightOfLines(int from, int to) const;
    // How many lines, from `from`, fit in `available` height.
    int linesFitting(int from, qreal available) const;
    void paint(QPainter *painter, const QPointF &topLeft, int from, int to) const;

private:
    std::shared_ptr<QTextLayout> m_layout;
};

} // namespace rolelens
