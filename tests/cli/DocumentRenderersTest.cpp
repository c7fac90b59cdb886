#include "cli/MarkdownRenderer.h"
#include "cli/TextRenderer.h"
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
    EXPECT_TRUE(text.contains(
        QStringLiteral("  Owner: ______________________________   Date: ______________\n")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("  Hire: ______________________________   Date: ______________\n")));
}

TEST(MarkdownRenderer, APartIsALevelThreeHeadingAndEachPartySignsOnALine)
{
    const QString markdown = MarkdownRenderer::render(sectionsAndSignatures(), builtInCatalog());
    EXPECT_TRUE(markdown.contains(QStringLiteral("## Section\n\n### A part of it\n\nBody text.\n")))
        << qPrintable(markdown);
    EXPECT_TRUE(markdown.contains(
        QStringLiteral("**Owner:** ______________________________   **Date:** ______________")));
    EXPECT_TRUE(markdown.contains(QStringLiteral("**Hire:**")));
}

} // namespace
