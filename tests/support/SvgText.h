#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

// The words of an SVG drawing, for tests that look for text in it: every <text> element's
// characters in document order, joined by spaces (a wrapped title is drawn line by line, one
// element a line). A file that is not well-formed XML fails the test.
namespace rolelens::testing {

inline QString svgText(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    QStringList words;
    bool sawSvg = false;
    int depthInText = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            sawSvg = sawSvg || reader.name() == QLatin1String("svg");
            depthInText += reader.name() == QLatin1String("text") ? 1 : 0;
        } else if (reader.isEndElement() && reader.name() == QLatin1String("text")) {
            --depthInText;
        } else if (reader.isCharacters() && depthInText > 0) {
            words.append(reader.text().toString());
        }
    }
    EXPECT_FALSE(reader.hasError()) << qPrintable(reader.errorString());
    EXPECT_TRUE(sawSvg) << "no <svg> element";
    return words.join(QLatin1Char(' ')).simplified();
}

} // namespace rolelens::testing
