#include "sheet/TextBox.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextOption>

#include <algorithm>

namespace rolelens {

TextBox::TextBox(const QString &text, const QFont &font, qreal width, QPaintDevice *device)
    : m_layout(std::make_shared<QTextLayout>(
          // QTextLayout breaks lines only at Unicode line separators.
          QString(text).replace(QLatin1Char('\n'), QChar::LineSeparator), font, device))
{
    // Lines break between words; inside a word only when the word alone is wider than the
    // column (a long address), where it would otherwise run into the next cell.
    QTextOption option;
    const QFontMetricsF metrics(font, device);
    const bool wordsFit = std::ranges::all_of(
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts),
        [&](const QString &word) { return metrics.horizontalAdvance(word) <= width; });
    option.setWrapMode(wordsFit ? QTextOption::WordWrap
                                : QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_layout->beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine line = m_layout->createLine();
        if (!line.isValid()) {
            break;
        }
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    m_layout->endLayout();
}

int TextBox::lineCount() const
{
    return m_layout->lineCount();
}

qreal TextBox::heightOfLines(int from, int to) const
{
    qreal height = 0;
    for (int i = from; i < to && i < lineCount(); ++i) {
        height += m_layout->lineAt(i).height();
    }
    return height;
}

int TextBox::linesFitting(int from, qreal available) const
{
    int count = 0;
    qreal used = 0;
    for (int i = from; i < lineCount(); ++i) {
        used += m_layout->lineAt(i).height();
        if (used > available) {
            break;
        }
        ++count;
    }
    return count;
}

void TextBox::paint(QPainter *painter, const QPointF &topLeft, int from, int to) const
{
    if (from >= to || from >= lineCount()) {
        return;
    }
    // Lines are positioned from the top of the whole box; shift so `from` lands at topLeft.
    const qreal offset = m_layout->lineAt(from).y();
    for (int i = from; i < to && i < lineCount(); ++i) {
        m_layout->lineAt(i).draw(painter, topLeft - QPointF(0, offset));
    }
}

} // namespace rolelens
