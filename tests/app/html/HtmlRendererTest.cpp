#include "html/HtmlRenderer.h"

#include "report/SignatureLines.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <QPalette>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;

TEST(HtmlRenderer, APartIsASmallerHeadingAndEachPartySignsOnALine)
{
    Document document(QStringLiteral("Test"));
    document.add(blocks::Heading{QStringLiteral("Section")});
    document.add(blocks::Heading{QStringLiteral("A part of it"), 2});
    document.add(blocks::Signatures{{QStringLiteral("Owner & partner"), QStringLiteral("Hire")}});
    const QString html = HtmlRenderer(builtInCatalog(), QPalette()).render(document);
    EXPECT_TRUE(html.startsWith(QStringLiteral("<h3>Section</h3><h4>A part of it</h4>")))
        << qPrintable(html);
    // Names are escaped like every other text.
    EXPECT_TRUE(html.contains(
        QStringLiteral("<p>%1</p>")
            .arg(SignatureLines::line(QStringLiteral("Owner & partner")).toHtmlEscaped())));
    EXPECT_TRUE(html.contains(QStringLiteral("<p>Owner &amp; partner")));
    EXPECT_TRUE(html.contains(
        QStringLiteral("<p>%1</p>").arg(SignatureLines::line(QStringLiteral("Hire")))));
}

// A page read outside the window: no "role:" or "cite:" links, each reference number once,
// linked to its source and showing the exact words when pointed at.
TEST(HtmlRenderer, APageThatStandsAloneLinksEachNumberToItsSourceWithItsWords)
{
    Document document(QStringLiteral("Test"));
    document.add(blocks::Paragraph(
        QList<blocks::Span>{{blocks::Span::Kind::RoleLink, QStringLiteral("Website manager"),
                             QStringLiteral("website-manager")}},
        Citations{{QStringLiteral("article-behind-the-scenes"), QStringLiteral("first words")},
                  {QStringLiteral("article-behind-the-scenes"), QStringLiteral("second words")}}));
    document.add(blocks::SourceList{QStringLiteral("Sources")});
    HtmlRenderer renderer(builtInCatalog(), QPalette(), HtmlRenderer::Links::Page);
    const QString html = HtmlRenderer::page(QStringLiteral("Test"), renderer.render(document));
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_FALSE(html.contains(QStringLiteral("role:")));
    EXPECT_FALSE(html.contains(QStringLiteral("cite:")));
    EXPECT_TRUE(html.contains(QStringLiteral(
        "<sup>[<a href=\"#source-1\" title=\"“first words” “second words”\">1</a>]</sup>")))
        << qPrintable(html);
    EXPECT_TRUE(html.contains(QStringLiteral("<li id=\"source-1\">")));
}

} // namespace
} // namespace rolelens
