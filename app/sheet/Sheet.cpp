#include "sheet/Sheet.h"

#include "report/Figures.h"
#include "sheet/SheetFragments.h"

#include <QChart>
#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

#include <deque>

namespace rolelens {
namespace {

// The header and footer bands, inside the page margins.
constexpr qreal kFrameBandMillimetres = 8.0;

} // namespace

Sheet::Sheet(QPagedPaintDevice *device, const QString &headerTitle, SheetStyle style)
    : m_device(device), m_headerTitle(headerTitle), m_style(std::move(style))
{
    const auto resolved = [this](const QFont &font) {
        return QFont(font, m_device);
    };
    m_fonts = {resolved(m_style.font(m_style.titlePoints, true)),
               resolved(m_style.font(m_style.headingPoints, true)),
               resolved(m_style.font(m_style.bodyPoints)),
               resolved(m_style.font(m_style.bodyPoints, true)),
               resolved(m_style.font(m_style.smallPoints))};
    const qreal margin = m_style.marginMillimetres;
    m_device->setPageMargins(QMarginsF(margin, margin, margin, margin), QPageLayout::Millimeter);
}

qreal Sheet::millimetres(qreal mm) const
{
    return mm * m_device->logicalDpiY() / 25.4;
}

qreal Sheet::contentWidth() const
{
    return m_device->width();
}

qreal Sheet::bodyTop() const
{
    return millimetres(kFrameBandMillimetres);
}

qreal Sheet::bodyHeight() const
{
    return m_device->height() - 2 * millimetres(kFrameBandMillimetres);
}

void Sheet::addTitle(const QString &title, const QStringList &subtitleLines)
{
    m_fragments.push_back(std::make_shared<TextFragment>(
        TextBox(title, m_fonts.title, contentWidth(), m_device), m_style.text));
    addGap(1.5);
    for (const auto &line : subtitleLines) {
        m_fragments.push_back(std::make_shared<TextFragment>(
            TextBox(line, m_fonts.body, contentWidth(), m_device), m_style.muted));
    }
    addGap(3);
}

void Sheet::addHeading(const QString &text)
{
    addGap(3);
    auto heading = std::make_shared<TextFragment>(
        TextBox(text, m_fonts.heading, contentWidth(), m_device), m_style.text);
    heading->keepWithNext = true;
    m_fragments.push_back(heading);
    addGap(1.2);
}

void Sheet::addSubheading(const QString &text)
{
    addGap(1.5);
    auto heading = std::make_shared<TextFragment>(
        TextBox(text, m_fonts.bodyBold, contentWidth(), m_device), m_style.text);
    heading->keepWithNext = true;
    m_fragments.push_back(heading);
    addGap(0.6);
}

void Sheet::addParagraph(const QString &text)
{
    m_fragments.push_back(std::make_shared<TextFragment>(
        TextBox(text, m_fonts.body, contentWidth(), m_device), m_style.text));
    addGap(m_style.paragraphGapMillimetres);
}

void Sheet::addNote(const QString &text)
{
    // A note explains what follows it, so it stays on that page.
    auto note = std::make_shared<TextFragment>(
        TextBox(text, m_fonts.small, contentWidth(), m_device), m_style.muted);
    note->keepWithNext = true;
    m_fragments.push_back(note);
    addGap(m_style.paragraphGapMillimetres);
}

void Sheet::addBullet(const QString &text)
{
    const qreal indent = millimetres(4);
    auto bullet = std::make_shared<TextFragment>(
        TextBox(QStringLiteral("• ") + text, m_fonts.body, contentWidth() - indent, m_device),
        m_style.text, indent);
    m_fragments.push_back(bullet);
    addGap(0.5);
}

std::shared_ptr<SheetFragment> Sheet::rowFragment(const QList<qreal> &columnFractions,
                                                  const QStringList &cells, Shade shade,
                                                  bool headerRow, bool boldFirstColumn) const
{
    const qreal padding = millimetres(m_style.cellPaddingMillimetres);
    QList<TableRowFragment::Cell> laidOut;
    qreal x = 0;
    for (qsizetype i = 0; i < columnFractions.size(); ++i) {
        const qreal width = contentWidth() * columnFractions.at(i);
        // The first column names the row; header rows are bold throughout.
        const bool bold = headerRow || (boldFirstColumn && i == 0);
        laidOut.append({TextBox(cells.value(i), bold ? m_fonts.bodyBold : m_fonts.body,
                                width - 2 * padding, m_device),
                        x, width});
        x += width;
    }
    QColor fill;
    switch (shade) {
    case Shade::Header:
        fill = m_style.headerFill;
        break;
    case Shade::Different:
        fill = m_style.differentFill;
        break;
    case Shade::Overlap:
        fill = m_style.overlapFill;
        break;
    case Shade::None:
        break;
    }
    return std::make_shared<TableRowFragment>(laidOut, contentWidth(), padding, fill, m_style.rule,
                                              m_style.text);
}

void Sheet::addTable(const QList<qreal> &columnFractions, const QStringList &header,
                     const QList<Row> &rows, bool boldFirstColumn)
{
    // One header fragment serves the table's start and every page it continues on.
    std::shared_ptr<SheetFragment> headerRow =
        rowFragment(columnFractions, header, Shade::Header, true, true);
    headerRow->keepWithNext = true;
    m_fragments.push_back(headerRow);
    for (const auto &row : rows) {
        auto fragment = rowFragment(columnFractions, row.cells, row.shade, false, boldFirstColumn);
        fragment->header = headerRow;
        m_fragments.push_back(fragment);
    }
    addGap(m_style.paragraphGapMillimetres);
}

void Sheet::addChart(QChart *chart, qreal heightMillimetres)
{
    const qreal height = std::min(millimetres(heightMillimetres), bodyHeight());
    m_fragments.push_back(std::make_shared<ChartFragment>(chart, contentWidth(), height));
    addGap(m_style.paragraphGapMillimetres);
}

void Sheet::addScene(std::shared_ptr<QGraphicsScene> scene, const QRectF &source)
{
    const qreal width = contentWidth();
    const qreal height = std::min(width * source.height() / source.width(), bodyHeight());
    m_fragments.push_back(std::make_shared<SceneFragment>(std::move(scene), source, width, height));
}

void Sheet::addGap(qreal millimetresHigh)
{
    m_fragments.push_back(std::make_shared<GapFragment>(millimetres(millimetresHigh)));
}

std::vector<Sheet::Page> Sheet::paginate()
{
    std::vector<Page> pages(1);
    const qreal pageHeight = bodyHeight();
    qreal y = 0;
    const auto newPage = [&] {
        pages.emplace_back();
        y = 0;
    };
    const auto place = [&](std::shared_ptr<const SheetFragment> fragment) {
        pages.back().emplace_back(fragment, y);
        y += fragment->height();
    };
    // Text breaks wherever a page ends; a table row only when it is tall (a third of a page or
    // more), since moving it whole would leave that much empty; a chart never.
    const auto splitsAcrossPages = [&](const SheetFragment &fragment) {
        return fragment.flowsAcrossPages() ||
               (fragment.splittable() && fragment.height() >= pageHeight / 3);
    };
    // A row carried over starts its page under its table's header.
    const auto startPageFor = [&](const SheetFragment &fragment) {
        newPage();
        if (fragment.header) {
            place(fragment.header);
        }
    };

    std::deque<std::shared_ptr<SheetFragment>> queue(m_fragments.begin(), m_fragments.end());
    while (!queue.empty()) {
        std::shared_ptr<SheetFragment> fragment = queue.front();
        queue.pop_front();
        if (fragment->isGap()) {
            if (y > 0) {
                y += fragment->height();
            }
            continue;
        }
        qreal needed = fragment->height();
        if (fragment->keepWithNext) {
            // A heading (and a note under it) needs the start of what follows on its page: some
            // lines of text, or all of a chart or a table's first row, which move whole.
            for (const auto &next : queue) {
                if (next->isGap()) {
                    needed += next->height();
                } else if (next->keepWithNext) {
                    needed += next->height();
                } else {
                    needed += std::min(next->height(),
                                       splitsAcrossPages(*next) ? pageHeight / 4 : pageHeight);
                    break;
                }
            }
        }
        if (needed <= pageHeight - y) {
            place(fragment);
            continue;
        }
        const qreal freshPageSpace =
            pageHeight - (fragment->header ? fragment->header->height() : 0);
        // It fits whole on the next page: move it there, unless that would leave more than a
        // third of this page empty for a tall row, which is then split here instead (what
        // cannot be split, a chart, still moves).
        const bool wastesLittle = pageHeight - y < pageHeight / 3;
        if (y > 0 && fragment->height() <= freshPageSpace &&
            (wastesLittle || fragment->keepWithNext || !splitsAcrossPages(*fragment))) {
            startPageFor(*fragment);
            place(fragment);
            continue;
        }
        // Taller than a page: split it, starting here unless little room is left.
        if (y > 0 && pageHeight - y < pageHeight / 4) {
            startPageFor(*fragment);
        }
        bool freshPage = y == 0;
        while (fragment->height() > pageHeight - y) {
            std::unique_ptr<SheetFragment> first = fragment->takeFirst(pageHeight - y);
            if (!first) {
                if (freshPage) {
                    break; // not even a line fits on a new page: paint it and let it run over
                }
                startPageFor(*fragment);
                freshPage = true;
                continue;
            }
            place(std::shared_ptr<const SheetFragment>(std::move(first)));
            startPageFor(*fragment);
            freshPage = true;
        }
        place(fragment);
    }
    if (pages.back().empty() && pages.size() > 1) {
        pages.pop_back();
    }
    balanceLastPage(pages);
    return pages;
}

void Sheet::balanceLastPage(std::vector<Page> &pages) const
{
    // A last page holding a few lines (the end of the source list) takes whole paragraphs from
    // the foot of the page before, which stays at least half full: no page holds only a few
    // lines. Table rows carried over keep their pages, as does a heading's start.
    if (pages.size() < 2 || pages.back().empty()) {
        return;
    }
    const qreal pageHeight = bodyHeight();
    const auto used = [](const Page &page) {
        return page.empty() ? 0.0 : page.back().second + page.back().first->height();
    };
    Page &previous = pages[pages.size() - 2];
    Page &last = pages.back();
    if (used(last) >= pageHeight / 4 || last.front().first->header) {
        return;
    }
    std::size_t cut = previous.size();
    const auto movedHeight = [&](std::size_t from) {
        return used(previous) - previous[from].second;
    };
    while (cut > 0) {
        const auto &fragment = *previous[cut - 1].first;
        if (fragment.header || !fragment.flowsAcrossPages() ||
            used(previous) - movedHeight(cut - 1) < pageHeight / 2 ||
            used(last) + movedHeight(cut - 1) > pageHeight * 0.9) {
            break;
        }
        --cut;
        if (used(last) + movedHeight(cut) >= pageHeight / 4) {
            break;
        }
    }
    // A heading left at the foot of the page goes with what it heads.
    while (cut > 0 && cut < previous.size() && previous[cut - 1].first->keepWithNext) {
        --cut;
    }
    if (cut == previous.size() || cut == 0) {
        return;
    }
    Page balanced;
    const qreal top = previous[cut].second;
    for (std::size_t i = cut; i < previous.size(); ++i) {
        balanced.emplace_back(previous[i].first, previous[i].second - top);
    }
    const qreal offset = movedHeight(cut) + millimetres(2);
    for (const auto &[fragment, y] : last) {
        balanced.emplace_back(fragment, y + offset);
    }
    previous.resize(cut);
    last = std::move(balanced);
}

void Sheet::paintFrame(QPainter &painter, int pageNumber, int pageCount) const
{
    const QFont &font = m_fonts.small;
    painter.setFont(font);
    painter.setPen(m_style.muted);
    const qreal band = millimetres(kFrameBandMillimetres);
    const QRectF header(0, 0, contentWidth(), band * 0.7);
    // A long title (four roles' names) is elided before the date rather than running into it.
    const QString date = Figures::today();
    const QFontMetricsF metrics(font, m_device);
    const qreal titleRoom = contentWidth() - metrics.horizontalAdvance(date) - millimetres(6);
    painter.drawText(
        header, Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(tr("RoleLens · %1").arg(m_headerTitle), Qt::ElideRight, titleRoom));
    painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, date);
    QPen rule(m_style.rule);
    rule.setWidthF(0);
    painter.setPen(rule);
    painter.drawLine(QPointF(0, band * 0.75), QPointF(contentWidth(), band * 0.75));
    const qreal footerTop = m_device->height() - band * 0.7;
    painter.drawLine(QPointF(0, footerTop), QPointF(contentWidth(), footerTop));
    painter.setPen(m_style.muted);
    const QRectF footer(0, footerTop, contentWidth(), band * 0.7);
    painter.drawText(
        footer, Qt::AlignLeft | Qt::AlignVCenter,
        tr("Made with RoleLens %1. Statements cite their sources; assumptions are labelled.")
            .arg(QCoreApplication::applicationVersion()));
    painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(pageNumber).arg(pageCount));
}

int Sheet::print()
{
    const std::vector<Page> pages = paginate();
    QPainter painter(m_device);
    painter.setRenderHint(QPainter::Antialiasing);
    const int pageCount = static_cast<int>(pages.size());
    for (int index = 0; index < pageCount; ++index) {
        if (index > 0) {
            m_device->newPage();
        }
        paintFrame(painter, index + 1, pageCount);
        for (const auto &[fragment, y] : pages.at(static_cast<std::size_t>(index))) {
            fragment->paint(&painter, QPointF(0, bodyTop() + y));
        }
    }
    painter.end();
    return pageCount;
}

} // namespace rolelens
