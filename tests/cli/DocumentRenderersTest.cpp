#include "cli/TextRenderer.h"
#include "report/MarkdownRenderer.h"
#include "report/SignatureLines.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using rolelens::testing::builtInCatalog;

// A section with a part per role, and lines to sign: what the comparison and the agreement
// add to the blocks every document has.
Document sectionsAndSignatures()
{
    Document document(QStringLiteral("Test"));
    document.add(blocks::Heading{QStringLiteral("Section")});
    document.add(blocks::Heading{QStringLiteral("A part of it"), 2});
    document.add(blocks::Paragraph(QStringLiteral("Body text.")));
    document.add(blocks::Signatures{{QStringLiteral("Owner"), QStringLiteral("Hire")}});
    return document;
}

TEST(TextRenderer, APartIsALabelUnderItsSectionAndEachPartySignsOnALine)
{
    const QString text = TextRenderer::render(sectionsAndSignatures(), builtInCatalog());
    EXPECT_TRUE(text.contains(QStringLiteral("Section\n-------\n  A part of it:\n  Body text.\n")))
        << qPrintable(text);
    // Each party on a line of its own, as every output writes it.
    for (const char *party : {"Owner", "Hire"}) {
        EXPECT_TRUE(text.contains(
            QStringLiteral("  %1\n").arg(SignatureLines::line(QString::fromLatin1(party)))))
            << party;
    }
}

TEST(MarkdownRenderer, APartIsALevelThreeHeadingAndEachPartySignsOnALine)
{
    const QString markdown = MarkdownRenderer::render(sectionsAndSignatures(), builtInCatalog());
    EXPECT_TRUE(markdown.contains(QStringLiteral("## Section\n\n### A part of it\n\nBody text.\n")))
        << qPrintable(markdown);
    for (const char *party : {"Owner", "Hire"}) {
        EXPECT_TRUE(markdown.contains(
            QStringLiteral("\n%1\n").arg(SignatureLines::line(QString::fromLatin1(party)))))
            << party;
    }
}

} // namespace
