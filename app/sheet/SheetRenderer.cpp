#include "sheet/SheetRenderer.h"

#include "base/Overloaded.h"
#include "charts/MetricChartBuilder.h"
#include "report/Figures.h"
#include "report/SignatureLines.h"
#include "sheet/ChartPrintStyle.h"
#include "sheet/Sheet.h"

#include <QChart>

#include <algorithm>

namespace rolelens {

void SheetRenderer::render(const Document &document, const Catalog &catalog, Sheet &sheet)
{
    SheetRenderer renderer(catalog, sheet);
    for (const auto &block : document.blocks()) {
        renderer.block(block);
    }
}

void SheetRenderer::block(const blocks::Block &block)
{
    std::visit(
        Overloaded{
            [this](const blocks::Title &title) {
                QStringList subtitles = title.subtitles;
                if (!title.kind.isEmpty()) {
                    subtitles.prepend(tr("%1 · %2").arg(title.kind, Figures::today()));
                }
                m_sheet.addTitle(title.text, subtitles);
            },
            [this](const blocks::Heading &heading) {
                if (heading.level > 1) {
                    m_sheet.addSubheading(heading.text);
                } else {
                    m_sheet.addHeading(heading.text);
                }
            },
            [this](const blocks::Paragraph &paragraph) { m_sheet.addParagraph(text(paragraph)); },
            [this](const blocks::Note &note) { m_sheet.addNote(text(note.text)); },
            [this](const blocks::BulletList &list) { bulletList(list); },
            [this](const blocks::Table &table) { this->table(table); },
            [this](const blocks::Chart &chart) { this->chart(chart); },
            [this](const blocks::Signatures &signatures) {
                for (const auto &party : signatures.parties) {
                    m_sheet.addParagraph(SignatureLines::line(party));
                }
            },
            [this](const blocks::SourceList &list) { sourceList(list); },
        },
        block);
}

QString SheetRenderer::text(const blocks::Paragraph &paragraph)
{
    QString out;
    for (const auto &span : paragraph.spans) {
        // Tags go on a line of their own under what they describe; an id the reader may look
        // up is set apart in brackets, as on the terminal.
        switch (span.kind) {
        case blocks::Span::Kind::Tags:
            out += QLatin1Char('\n') + span.text;
            break;
        case blocks::Span::Kind::Code:
            out += QStringLiteral("[%1]").arg(span.text);
            break;
        default:
            out += span.text;
        }
    }
    return m_citations.withMarkers(out, paragraph.sources);
}

void SheetRenderer::bulletList(const blocks::BulletList &list)
{
    for (const auto &item : list.items) {
        // One detail continues its item; several are listed under it as a subheading.
        if (item.details.size() > 1) {
            m_sheet.addSubheading(text(item.text));
            for (const auto &detail : item.details) {
                m_sheet.addBullet(text(detail));
            }
            continue;
        }
        QString line = text(item.text);
        for (const auto &detail : item.details) {
            line += QLatin1Char(' ') + text(detail);
        }
        m_sheet.addBullet(line);
    }
}

void SheetRenderer::table(const blocks::Table &table)
{
    QList<Sheet::Row> rows;
    for (const auto &row : table.rows) {
        Sheet::Row printed;
        for (const auto &cell : row.cells) {
            printed.cells.append(cell.isEmpty() ? QStringLiteral("—") : text(cell));
        }
        switch (row.shade) {
        case blocks::Table::Shade::None:
            printed.shade = Sheet::Shade::None;
            break;
        case blocks::Table::Shade::Overlap:
            printed.shade = Sheet::Shade::Overlap;
            break;
        case blocks::Table::Shade::Difference:
            printed.shade = Sheet::Shade::Different;
            break;
        }
        rows.append(printed);
    }
    QList<qreal> widths;
    for (const double width : table.widths) {
        widths.append(width);
    }
    m_sheet.addTable(widths, table.headers, rows, isLabelColumn(table));
}

bool SheetRenderer::isLabelColumn(const blocks::Table &table)
{
    // A first column of names and links reads as the rows' labels, in bold; one that runs on
    // into prose (a metric with its definition) would be a block of bold.
    for (const auto &row : table.rows) {
        if (row.cells.isEmpty()) {
            continue;
        }
        for (const auto &span : row.cells.first().spans) {
            if (span.kind == blocks::Span::Kind::Plain || span.kind == blocks::Span::Kind::Code) {
                return false;
            }
        }
    }
    return true;
}

void SheetRenderer::chart(const blocks::Chart &chart)
{
    const QPalette palette = m_sheet.style().chartPalette();
    switch (chart.kind) {
    case blocks::Chart::Kind::RoleMetrics: {
        for (const auto &id : chart.roleIds) {
            if (const Role *role = m_catalog.role(id)) {
                QChart *drawn = MetricChartBuilder::roleMetrics(m_catalog, *role, palette);
                ChartPrintStyle::applyToBars(drawn);
                // A bar per metric: the chart grows with them so that labels stay readable.
                m_sheet.addChart(drawn, 30.0 + 6.0 * static_cast<qreal>(role->metrics.size()));
            }
        }
        break;
    }
    case blocks::Chart::Kind::ComparedMetrics: {
        QChart *drawn =
            MetricChartBuilder::groupedMetrics(m_catalog, chart.roleIds, palette, chart.metricIds);
        ChartPrintStyle::applyToBars(drawn);
        const auto metricCount = static_cast<qreal>(
            (chart.metricIds.isEmpty() ? m_catalog.metricsUsedBy(chart.roleIds) : chart.metricIds)
                .size());
        const auto roleCount = static_cast<qreal>(chart.roleIds.size());
        // Room for every metric's name (Qt elides labels it has no height for) and for every
        // role's bar to show its hatching; a chart of a few chosen metrics (a summary's) is
        // drawn more tightly, to share its page.
        const bool summary = !chart.metricIds.isEmpty();
        const qreal perMetric =
            summary ? std::max(5.0, 1.1 * roleCount) : std::max(5.0, 2.0 * roleCount);
        m_sheet.addChart(drawn, (summary ? 30.0 : 40.0) + metricCount * perMetric);
        break;
    }
    case blocks::Chart::Kind::ExpectedResults:
        if (!chart.curves.isEmpty()) {
            QChart *drawn = MetricChartBuilder::expectedResults(chart.curves, palette);
            ChartPrintStyle::applyFonts(drawn);
            m_sheet.addChart(drawn, 80);
        }
        break;
    }
    if (!chart.caption.isEmpty()) {
        m_sheet.addNote(chart.caption);
    }
}

void SheetRenderer::sourceList(const blocks::SourceList &list)
{
    if (m_citations.sourceIds().isEmpty()) {
        return;
    }
    m_sheet.addHeading(list.heading);
    m_sheet.addNote(
        tr("Numbers in brackets refer to this list. RoleLens shows the exact words each "
           "statement rests on: in its window, point at or select the number."));
    for (const auto &line : m_citations.sourceLines(m_catalog)) {
        m_sheet.addParagraph(line);
    }
}

} // namespace rolelens
