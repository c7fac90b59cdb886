// `rolelens document KIND ROLE|FILE`: each document for a role or for a scenario's advice, in
// every format, and the errors as everywhere.

#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using rolelens::testing::ProcessResult;
using rolelens::testing::rolelens;

const QString kBakery = QStringLiteral(
    ROLELENS_SOURCE_DIR "/resources/scenarios/01-corner-bakery-followers-overnight.rolelens.json");

TEST(DocumentCommand, WritesAJobPostForARoleOrAScenarioInEveryFormat)
{
    const ProcessResult text =
        rolelens({QStringLiteral("document"), QStringLiteral("job-post"), QStringLiteral("SMM")});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Job post: Social media manager")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Not part of this role")));

    const ProcessResult markdown =
        rolelens({QStringLiteral("document"), QStringLiteral("job-post"), kBakery,
                  QStringLiteral("--format"), QStringLiteral("markdown")});
    ASSERT_EQ(markdown.exitCode, 0) << qPrintable(markdown.err);
    EXPECT_TRUE(markdown.out.startsWith(QStringLiteral("# Job post: Social media manager")));
    // The bakery's own tasks the plan gives to others are not part of the role.
    EXPECT_TRUE(markdown.out.contains(QStringLiteral("Answering customer support requests")));

    const ProcessResult json =
        rolelens({QStringLiteral("document"), QStringLiteral("job-post"), kBakery,
                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << qPrintable(json.err);
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(object.value(QStringLiteral("title")).toString(),
              QStringLiteral("Job post: Social media manager"));
    const QJsonArray blocks = object.value(QStringLiteral("blocks")).toArray();
    ASSERT_FALSE(blocks.isEmpty());
    // Lines keep their sources' ids, and links the ids they lead to.
    bool cited = false;
    bool linked = false;
    for (const auto &block : blocks) {
        for (const auto &item : block.toObject().value(QStringLiteral("items")).toArray()) {
            cited = cited || !item.toObject().value(QStringLiteral("sources")).toArray().isEmpty();
            for (const auto &span : item.toObject().value(QStringLiteral("spans")).toArray()) {
                linked = linked || span.toObject().value(QStringLiteral("id")).toString() ==
                                       QStringLiteral("website-manager");
            }
        }
    }
    EXPECT_TRUE(cited);
    EXPECT_TRUE(linked);

    const ProcessResult html =
        rolelens({QStringLiteral("document"), QStringLiteral("job-post"), kBakery,
                  QStringLiteral("--format"), QStringLiteral("html")});
    ASSERT_EQ(html.exitCode, 0) << qPrintable(html.err);
    EXPECT_TRUE(html.out.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.out.contains(QStringLiteral("<h1>Job post: Social media manager</h1>")));
    EXPECT_TRUE(html.out.contains(QStringLiteral("<li id=\"source-1\">")));
}

TEST(DocumentCommand, WritesAScorecardForARole)
{
    const ProcessResult text = rolelens({QStringLiteral("document"), QStringLiteral("scorecard"),
                                         QStringLiteral("social-media-manager")});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("Scorecard: Social media manager")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Competencies")));
}

TEST(DocumentCommand, WritesAFirstNinetyDaysPlanForARole)
{
    const ProcessResult text =
        rolelens({QStringLiteral("document"), QStringLiteral("first-90-days"),
                  QStringLiteral("social-media-manager")});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.startsWith(QStringLiteral("First 90 days: Social media manager")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("By day 90")));
}

TEST(DocumentCommand, WritesAPdfOrSaysWhyNotLeavingNothing)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("post.pdf"));
    const ProcessResult written = rolelens({QStringLiteral("document"), QStringLiteral("job-post"),
                                            kBakery, QStringLiteral("--pdf"), path});
    ASSERT_EQ(written.exitCode, 0) << qPrintable(written.err);
    EXPECT_TRUE(written.out.startsWith(QStringLiteral("Wrote ") + path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF"));

    const QString unwritable = folder.filePath(QStringLiteral("missing/post.pdf"));
    const ProcessResult failed = rolelens({QStringLiteral("document"), QStringLiteral("agreement"),
                                           kBakery, QStringLiteral("--pdf"), unwritable});
    EXPECT_EQ(failed.exitCode, 4);
    EXPECT_TRUE(failed.err.contains(unwritable)) << qPrintable(failed.err);
    EXPECT_FALSE(QFile::exists(unwritable));
}

TEST(DocumentCommand, WritesTheScopeOfWorkAndTheAgreement)
{
    const ProcessResult scope =
        rolelens({QStringLiteral("document"), QStringLiteral("scope-of-work"), kBakery});
    ASSERT_EQ(scope.exitCode, 0) << qPrintable(scope.err);
    EXPECT_TRUE(scope.out.startsWith(QStringLiteral("Scope of work: Social media manager")));
    EXPECT_TRUE(scope.out.contains(QStringLiteral("Out of scope, and who does it instead")));
    const ProcessResult agreement =
        rolelens({QStringLiteral("document"), QStringLiteral("agreement"), kBakery});
    ASSERT_EQ(agreement.exitCode, 0) << qPrintable(agreement.err);
    EXPECT_TRUE(
        agreement.out.startsWith(QStringLiteral("Expectations agreement: Social media manager")));
    EXPECT_TRUE(agreement.out.contains(QStringLiteral("Reviews")));
}

TEST(DocumentCommand, BadInputSaysWhatIsWrong)
{
    const ProcessResult kind =
        rolelens({QStringLiteral("document"), QStringLiteral("memo"), QStringLiteral("smm")});
    EXPECT_EQ(kind.exitCode, 2);
    EXPECT_TRUE(kind.err.contains(QStringLiteral("unknown document \"memo\"")));
    EXPECT_TRUE(kind.err.contains(QStringLiteral("job-post")));

    const ProcessResult role = rolelens(
        {QStringLiteral("document"), QStringLiteral("job-post"), QStringLiteral("infuencer")});
    EXPECT_EQ(role.exitCode, 2);
    EXPECT_TRUE(role.err.contains(QStringLiteral("did you mean: social-media-influencer")))
        << qPrintable(role.err);

    QTemporaryDir folder;
    const QString broken = rolelens::testing::writeFile(folder, QStringLiteral("b.rolelens.json"),
                                                        "{\"goals\": [\"fame\"]}");
    const ProcessResult scenario =
        rolelens({QStringLiteral("document"), QStringLiteral("job-post"), broken});
    EXPECT_EQ(scenario.exitCode, 3);
    EXPECT_TRUE(scenario.err.contains(broken)) << qPrintable(scenario.err);

    const ProcessResult missing =
        rolelens({QStringLiteral("document"), QStringLiteral("job-post")});
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("1 given")));
}

} // namespace
