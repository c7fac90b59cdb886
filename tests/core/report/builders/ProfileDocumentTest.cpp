#include "report/builders/ProfileDocument.h"

#include "base/Overloaded.h"
#include "support/BuiltInCatalog.h"
#include "support/DocumentHeadings.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace {

using namespace rolelens;
using rolelens::testing::builtInCatalog;
using rolelens::testing::plainText;

// Every paragraph of a document, wherever it sits (lists, their details, table cells).
QList<blocks::Paragraph> paragraphsOf(const Document &document)
{
    QList<blocks::Paragraph> paragraphs;
    for (const auto &block : document.blocks()) {
        std::visit(Overloaded{
                       [&](const blocks::Paragraph &paragraph) { paragraphs.append(paragraph); },
                       [&](const blocks::Note &note) { paragraphs.append(note.text); },
                       [&](const blocks::BulletList &list) {
                           for (const auto &item : list.items) {
                               paragraphs.append(item.text);
                               paragraphs.append(item.details);
                           }
                       },
                       [&](const blocks::Table &table) {
                           for (const auto &row : table.rows) {
                               paragraphs.append(row.cells);
                           }
                       },
                       [](const auto &) {},
                   },
                   block);
    }
    return paragraphs;
}

using rolelens::testing::headingsOf;

const Role &role(const char *id)
{
    const Role *found = builtInCatalog().role(QString::fromLatin1(id));
    EXPECT_NE(found, nullptr) << id;
    return *found;
}

TEST(ProfileDocument, HoldsEveryPartOfTheRoleInOrder)
{
    const Document document =
        ProfileDocument::build(builtInCatalog(), role("social-media-manager"));
    EXPECT_EQ(document.title(), QStringLiteral("Social media manager"));
    EXPECT_EQ(
        headingsOf(document),
        (QStringList{QStringLiteral("At a glance"), QStringLiteral("Responsibilities"),
                     QStringLiteral("Skills"), QStringLiteral("Success metrics"),
                     QStringLiteral("Place in the organisation"),
                     QStringLiteral("What this role does not do, and who does"),
                     QStringLiteral("Misconceptions"), QStringLiteral("Where the sources disagree"),
                     QStringLiteral("Expected results over time (assumptions)")}));
    const auto *sources = std::get_if<blocks::SourceList>(&document.blocks().last());
    ASSERT_NE(sources, nullptr);
    EXPECT_EQ(sources->heading, QStringLiteral("Sources"));
}

TEST(ProfileDocument, EveryStatementOfTheCatalogIsThereWithItsSources)
{
    for (const auto &each : builtInCatalog().roles()) {
        const QList<blocks::Paragraph> paragraphs =
            paragraphsOf(ProfileDocument::build(builtInCatalog(), each));
        const auto holds = [&](const QString &words, const Citations &sources) {
            for (const auto &paragraph : paragraphs) {
                if (plainText(paragraph).contains(words) && paragraph.sources == sources) {
                    return true;
                }
            }
            return false;
        };
        EXPECT_TRUE(holds(each.summary, each.summarySources)) << qPrintable(each.id);
        for (const auto &item : each.responsibilities) {
            EXPECT_TRUE(holds(item.name, item.sources)) << qPrintable(item.name);
        }
        for (const auto &use : each.metrics) {
            EXPECT_TRUE(holds(builtInCatalog().metricName(use.metricId), use.basis))
                << qPrintable(use.metricId);
        }
        for (const auto &item : each.notResponsibleFor) {
            EXPECT_TRUE(holds(item.task, item.sources)) << qPrintable(item.task);
        }
        for (const auto &item : each.misconceptions) {
            EXPECT_TRUE(holds(item.reality, item.sources)) << qPrintable(item.reality);
        }
        for (const Disagreement *disagreement : builtInCatalog().disagreementsFor(each.id)) {
            // Both (every) positions of a disagreement, each with its own sources.
            for (const auto &position : disagreement->positions) {
                EXPECT_TRUE(holds(position.view, position.sources)) << qPrintable(position.view);
            }
        }
        if (each.expectedResults) {
            EXPECT_TRUE(holds(each.expectedResults->description(), each.expectedResults->sources))
                << qPrintable(each.id);
        }
    }
}

TEST(ProfileDocument, WhoDoesWhatTheRoleDoesNotIsALinkToThatRole)
{
    const Role &manager = role("social-media-manager");
    const QList<blocks::Paragraph> paragraphs =
        paragraphsOf(ProfileDocument::build(builtInCatalog(), manager));
    for (const auto &item : manager.notResponsibleFor) {
        bool linked = false;
        for (const auto &paragraph : paragraphs) {
            for (const auto &span : paragraph.spans) {
                linked = linked || (span.kind == blocks::Span::Kind::RoleLink &&
                                    span.target == item.handledBy &&
                                    plainText(paragraph).startsWith(item.task));
            }
        }
        EXPECT_TRUE(linked) << qPrintable(item.task);
    }
}

// The reporting lines of a profile, as its bullet list says them, and what the catalog says of
// the lines it describes (a line to no role has none).
struct ReportingLinesShown {
    QStringList place;
    QList<blocks::Paragraph> details;
};

ReportingLinesShown reportingLinesOf(const Role &shown)
{
    ReportingLinesShown lines;
    const Document document = ProfileDocument::build(builtInCatalog(), shown);
    for (const auto &block : document.blocks()) {
        if (const auto *list = std::get_if<blocks::BulletList>(&block)) {
            for (const auto &item : list->items) {
                const QString line = plainText(item.text);
                if (line.startsWith(QStringLiteral("Reports to")) ||
                    line.startsWith(QStringLiteral("Supervises"))) {
                    lines.place.append(line);
                    lines.details.append(item.details);
                }
            }
        }
    }
    return lines;
}

// The marketer's line to the strategist is general practice (the role's hierarchy text says
// "typically reports to the marketing lead or strategist"): shown with what the catalog says
// of it, which says so and cites it.
TEST(ProfileDocument, AReportingLineFromGeneralPracticeIsSaidToBeSo)
{
    const ReportingLinesShown marketer = reportingLinesOf(role("social-media-marketer"));
    EXPECT_EQ(marketer.place.value(0), QStringLiteral("Reports to: Marketing strategist"));
    ASSERT_EQ(marketer.details.size(), 1);
    EXPECT_TRUE(
        plainText(marketer.details.at(0)).startsWith(QStringLiteral("Marketing strategist: ")));
    EXPECT_TRUE(plainText(marketer.details.at(0)).contains(QStringLiteral("general practice")));
    EXPECT_TRUE(plainText(marketer.details.at(0)).contains(QStringLiteral("marketing lead")));
    EXPECT_EQ(marketer.details.at(0).sources,
              (Citations{{QStringLiteral("general-practice"), QString()}}));
}

// No article says whom the manager reports to, and the catalog draws no line for it; the
// line to the community manager is the article's, with its hedge and the quotes behind it.
TEST(ProfileDocument, TheManagersLinesAreOnlyTheArticles)
{
    const ReportingLinesShown manager = reportingLinesOf(role("social-media-manager"));
    EXPECT_EQ(manager.place, (QStringList{QStringLiteral("Reports to: no role the articles name"),
                                          QStringLiteral("Supervises: Community manager")}));
    // The details of the one line there is.
    ASSERT_EQ(manager.details.size(), 1);
    EXPECT_TRUE(plainText(manager.details.at(0)).contains(QStringLiteral("so much above it")));
    EXPECT_EQ(manager.details.at(0).sources.first().sourceId, QStringLiteral("article-smm-not-cm"));
}

} // namespace
