#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace rolelens {

// Fonts, sizes and shades of the printed sheet, in one place. Sizes are points and
// millimetres; shades are greys so that a black-and-white printout keeps every mark.
struct SheetStyle {
    QString family = QStringLiteral("DejaVu Sans");
    qreal bodyPoints = 8.5;
    qreal smallPoints = 7.0;
    qreal titlePoints = 17.0;
    qreal headingPoints = 11.5;
    qreal marginMillimetres = 15.0;
    qreal cellPaddingMillimetres = 1.2;
    qreal paragraphGapMillimetres = 1.6;
    QColor text = QColor(0x1a, 0x1a, 0x1a);
    QColor muted = QColor(0x55, 0x55, 0x55);
    QColor rule = QColor(0x99, 0x99, 0x99);
    QColor headerFill = QColor(0xdd, 0xdd, 0xdd);
    QColor differentFill = QColor(0xe6, 0xe6, 0xe6);
    QColor overlapFill = QColor(0xf3, 0xf3, 0xf3);

    // A PDF must be searchable: with a ligature, "traffic" comes out as "tra\uFB03c" and a
    // search for it fails. Qt 6.4 has no font-feature API, but it shapes without ligatures
    // whenever letter spacing is set; 0.02 pixel (the smallest step Qt keeps is 1/64) is far
    // below what the eye can see.
    //
    // Hinting only helps pixels on screens; a PDF is vectors, and skipping the TrueType
    // hinting interpreter saves a tenth of the export's time.
    static QFont forPrint(QFont font)
    {
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
        font.setHintingPreference(QFont::PreferNoHinting);
        // DejaVu Sans covers every character the sheet prints (arrows, bullets, dashes,
        // quotes); without merging, Qt skips the fontconfig search for fallback fonts that
        // each font otherwise costs. Latin text needs no HarfBuzz shaping (it would only add
        // kerning): a fifth of the export's instructions.
        font.setStyleStrategy(QFont::StyleStrategy(QFont::NoFontMerging | QFont::PreferNoShaping));
        return font;
    }

    // Charts on paper: white ground, dark text, grey rules.
    QPalette chartPalette() const
    {
        QPalette palette;
        palette.setColor(QPalette::Window, Qt::white);
        palette.setColor(QPalette::Base, Qt::white);
        palette.setColor(QPalette::WindowText, text);
        palette.setColor(QPalette::Text, text);
        palette.setColor(QPalette::Mid, rule);
        return palette;
    }

    QFont font(qreal points, bool bold = false) const
    {
        QFont result(family);
        result.setPointSizeF(points);
        result.setBold(bold);
        return forPrint(result);
    }
};

} // namespace rolelens
