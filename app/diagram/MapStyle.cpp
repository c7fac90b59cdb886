#include "diagram/MapStyle.h"

#include "charts/ChartPalette.h"
#include "sheet/SheetStyle.h"

#include <QFontInfo>
#include <QGuiApplication>

#include <algorithm>

namespace rolelens {

namespace {

// The size of the exports' text, in the scene's pixels: the window's usual size.
constexpr int kExportPixelSize = 13;

// In pixels, not points: the scene is measured once and drawn on screens, SVG and PDF alike,
// whose resolutions differ; a point size would grow or shrink with each device.
QFont inPixels(QFont font)
{
    if (font.pixelSize() <= 0) {
        font.setPixelSize(QFontInfo(font).pixelSize());
    }
    return font;
}

} // namespace

MapStyle::MapStyle(const QPalette &palette) : MapStyle(palette, QGuiApplication::font()) {}

MapStyle::MapStyle(const QPalette &palette, const QFont &font)
    : m_palette(palette), m_font(inPixels(font))
{
}

MapStyle MapStyle::forExport()
{
    // The sheets' font and paper colours, so that a map printed beside them matches.
    const SheetStyle sheet;
    QPalette palette = sheet.chartPalette();
    palette.setColor(QPalette::AlternateBase, sheet.overlapFill);
    palette.setColor(QPalette::Highlight, sheet.text);
    QFont font = SheetStyle::forPrint(QFont(sheet.family));
    font.setPixelSize(kExportPixelSize);
    return MapStyle(palette, font);
}

QFont MapStyle::smallFont() const
{
    QFont font = m_font;
    font.setPixelSize(std::max(8, m_font.pixelSize() * 17 / 20));
    return font;
}

QFont MapStyle::titleFont() const
{
    QFont font = m_font;
    font.setBold(true);
    return font;
}

QColor MapStyle::mutedText() const
{
    QColor color = text();
    color.setAlphaF(0.7F);
    return color;
}

QColor MapStyle::edgeColor(MapEdge::Kind kind) const
{
    return ChartPalette::seriesColor(static_cast<qsizetype>(kind), m_palette);
}

QPen MapStyle::edgePen(MapEdge::Kind kind, bool highlighted) const
{
    QPen pen(edgeColor(kind), highlighted ? 2.6 : 1.4);
    switch (kind) {
    case MapEdge::Kind::ReportsTo:
        pen.setStyle(Qt::SolidLine);
        break;
    case MapEdge::Kind::HandledBy:
        pen.setStyle(Qt::DashLine);
        break;
    case MapEdge::Kind::Disagreement:
        pen.setStyle(Qt::DotLine);
        break;
    }
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

MapStyle::Head MapStyle::head(MapEdge::Kind kind)
{
    switch (kind) {
    case MapEdge::Kind::ReportsTo:
        return Head::Filled;
    case MapEdge::Kind::HandledBy:
        return Head::Open;
    case MapEdge::Kind::Disagreement:
        break;
    }
    return Head::None;
}

} // namespace rolelens
