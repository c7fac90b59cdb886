#include "report/Figures.h"
#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// rolelens fit: the students' self-check on the command line.
namespace {

using rolelens::testing::ProcessResult;
using rolelens::testing::rolelens;

TEST(FitCommand, RanksTheRolesBestFittingFirstAndSaysWhatItIs)
{
    const ProcessResult run = rolelens(
        {QStringLiteral("fit"), QStringLiteral("data-analysis"),
         QStringLiteral("advertising-platforms"), QStringLiteral("ab-testing=some"),
         QStringLiteral("content-optimization=some"), QStringLiteral("strategic-thinking=some")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(QStringLiteral("not a test of aptitude")));
    // Marketer 7/12, then strategist 3/10: in that order, with the overlap.
    const qsizetype marketer = run.out.indexOf(QStringLiteral("Social media marketer"));
    const qsizetype strategist = run.out.indexOf(QStringLiteral("Marketing strategist"));
    ASSERT_GE(marketer, 0);
    EXPECT_LT(marketer, strategist);
    EXPECT_TRUE(run.out.contains(rolelens::Figures::fit(7.0 / 12.0))) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Marketing or advertising background")));
}

TEST(FitCommand, WritesEveryFormatAndAPdf)
{
    const QStringList skills{QStringLiteral("fit"), QStringLiteral("writing"),
                             QStringLiteral("empathy=some")};
    const ProcessResult json =
        rolelens(skills + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << qPrintable(json.err);
    EXPECT_TRUE(QJsonDocument::fromJson(json.out.toUtf8()).isObject());
    const ProcessResult csv =
        rolelens(skills + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
    ASSERT_EQ(csv.exitCode, 0) << qPrintable(csv.err);
    EXPECT_TRUE(csv.out.startsWith(QStringLiteral("Role,Overlap,Skills you have,Skills to learn")))
        << qPrintable(csv.out.left(200));
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("fit.pdf"));
    const ProcessResult sheet = rolelens(skills + QStringList{QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(sheet.exitCode, 0) << qPrintable(sheet.err);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(5), QByteArray("%PDF-"));
}

TEST(FitCommand, AWrongSkillOrLevelListsWhatIsRight)
{
    const ProcessResult unknown = rolelens({QStringLiteral("fit"), QStringLiteral("dancing")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("unknown skill \"dancing\"")));
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("data-analysis")));
    const ProcessResult level = rolelens({QStringLiteral("fit"), QStringLiteral("writing=lots")});
    EXPECT_EQ(level.exitCode, 2);
    EXPECT_TRUE(level.err.contains(QStringLiteral("some or strong"))) << qPrintable(level.err);
    const ProcessResult none = rolelens({QStringLiteral("fit")});
    EXPECT_EQ(none.exitCode, 2);
    EXPECT_TRUE(none.err.contains(QStringLiteral("fit takes the skills you have")));
    const ProcessResult work = rolelens(
        {QStringLiteral("fit"), QStringLiteral("--prefer"), QStringLiteral("strategy,dancing")});
    EXPECT_EQ(work.exitCode, 2);
    EXPECT_TRUE(work.err.contains(QStringLiteral("unknown kind of work \"dancing\"")));
    EXPECT_TRUE(work.err.contains(QStringLiteral("personal-brand, brand-voice")));
    const ProcessResult both =
        rolelens({QStringLiteral("fit"), QStringLiteral("--prefer"), QStringLiteral("numbers"),
                  QStringLiteral("--prefer"), QStringLiteral("people")});
    EXPECT_EQ(both.exitCode, 2);
    EXPECT_TRUE(both.err.contains(QStringLiteral("two sides of one choice")))
        << qPrintable(both.err);
    const ProcessResult elsewhere =
        rolelens({QStringLiteral("list"), QStringLiteral("--prefer"), QStringLiteral("strategy")});
    EXPECT_EQ(elsewhere.exitCode, 2);
    EXPECT_TRUE(elsewhere.err.contains(QStringLiteral("--prefer goes with 'fit'")));
}

TEST(FitCommand, PreferredWorkAloneRanksTheRolesAndShowsAColumn)
{
    const ProcessResult run =
        rolelens({QStringLiteral("fit"), QStringLiteral("--prefer"), QStringLiteral("strategy"),
                  QStringLiteral("--prefer"), QStringLiteral("numbers"), QStringLiteral("--format"),
                  QStringLiteral("csv")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QStringList lines = run.out.split(QStringLiteral("\r\n"));
    EXPECT_TRUE(lines.value(0).startsWith(QStringLiteral(
        "Role,Overlap,Skills you have,Skills to learn,Work you prefer that it involves")))
        << qPrintable(lines.value(0));
    // Strategist 4/14, the first (worked out in SelfCheckWorkKindsTest).
    EXPECT_TRUE(lines.value(1).startsWith(QStringLiteral("Marketing strategist,") +
                                          rolelens::Figures::fit(4.0 / 14.0)))
        << qPrintable(lines.value(1));
}

} // namespace
