#pragma once

#include "map/MapEdge.h"

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>

namespace rolelens {

// The one place the role map's colours, lines and fonts come from. Each kind of line differs
// in more than colour: solid, dashed or dotted, and by its arrow head (filled, open or none),
// so that it reads in greyscale and for colour-blind readers; the colours are the charts'
// (ChartPalette). Text and backgrounds follow the window's palette, light or dark; exports
// use the light one and the printed sheets' font.
class MapStyle {
public:
    enum class Head { Filled, Open, None };

    explicit MapStyle(const QPalette &palette);
    // Light, with the font the PDF sheets embed: for SVG and PDF files.
    static MapStyle forExport();

    QFont nodeFont() const { return m_font; }
    QFont smallFont() const;
    QFont titleFont() const;
    const QPalette &palette() const { return m_palette; }
    QColor background() const { return m_palette.color(QPalette::Base); }
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor mutedText() const;
    QColor nodeFill() const { return m_palette.color(QPalette::AlternateBase); }
    QColor nodeBorder() const { return m_palette.color(QPalette::Mid); }
    QColor focusBorder() const { return m_palette.color(QPalette::Highlight); }

    QColor edgeColor(MapEdge::Kind kind) const;
    QPen edgePen(MapEdge::Kind kind, bool highlighted) const;
    static Head head(MapEdge::Kind kind);

    // Widths text is wrapped to, in ems of the font, so that a larger font keeps the words on a
    // line: a node's title, a line's label, an entry of the legend.
    double nodeTextWidth() const { return 12.5 * m_font.pixelSize(); }
    double labelTextWidth() const { return 16 * m_font.pixelSize(); }
    double legendEntryWidth() const { return 20 * m_font.pixelSize(); }
    static constexpr double kNodePadding = 10;
    static constexpr double kArrowSize = 9;
    // Opacity of the lines not touching a hovered or focused role.
    static constexpr double kDimmedOpacity = 0.18;
    // Opacity of the lines other than reporting lines while no role is highlighted.
    static constexpr double kQuietOpacity = 0.6;

private:
    MapStyle(const QPalette &palette, const QFont &font);

    QPalette m_palette;
    QFont m_font;
};

} // namespace rolelens
