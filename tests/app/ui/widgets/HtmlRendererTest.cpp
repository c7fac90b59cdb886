#include "ui/widgets/HtmlRenderer.h"

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

} // namespace
} // namespace rolelens
