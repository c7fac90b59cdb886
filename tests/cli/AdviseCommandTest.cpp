#include "report/Figures.h"
#include "support/CatalogGenerator.h"
#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using rolelens::testing::ProcessResult;
using rolelens::testing::rolelens;
using rolelens::testing::writeFile;

const QString kExamples = QStringLiteral(ROLELENS_SOURCE_DIR "/resources/scenarios");

QString example(const char *name)
{
    return kExamples + QLatin1Char('/') + QString::fromLatin1(name) +
           QStringLiteral(".rolelens.json");
}

QString flat(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

// The advice on SCENARIO as text, Markdown and the PDF agreement's text, each with its line
// breaks, the PDF's spaces and no-break spaces made single spaces, so that a figure can be
// looked for in all three the same way.
QStringList flatOutputs(const QString &scenario)
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("agreement.pdf"));
    EXPECT_EQ(rolelens({QStringLiteral("advise"), scenario, QStringLiteral("--pdf"), pdf}).exitCode,
              0);
    const ProcessResult pdfText = rolelens::testing::runProgram(
        QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    EXPECT_EQ(pdfText.exitCode, 0) << qPrintable(pdfText.err);
    return {flat(rolelens({QStringLiteral("advise"), scenario}).out),
            flat(rolelens({QStringLiteral("advise"), scenario, QStringLiteral("--format"),
                           QStringLiteral("markdown")})
                     .out),
            flat(pdfText.out)};
}

TEST(AdviseCommand, JsonHasRecommendationsFindingsAndTargets)
{
    const ProcessResult result =
        rolelens({QStringLiteral("advise"), example("01-corner-bakery-followers-overnight"),
                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const QJsonObject advice = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_EQ(advice.value(QStringLiteral("role")).toString(),
              QStringLiteral("social-media-manager"));
    // Figures keep "8.0 %" together for people; the data export keeps the plain spaces that
    // scripts match.
    EXPECT_FALSE(result.out.contains(QChar(0x00A0)));
    EXPECT_TRUE(result.out.contains(QStringLiteral("needs 5,586 % growth a month")));
    const QJsonArray recommendations = advice.value(QStringLiteral("recommendations")).toArray();
    ASSERT_FALSE(recommendations.isEmpty());
    for (const auto &item : recommendations) {
        const double fit = item.toObject().value(QStringLiteral("fit")).toDouble(-1);
        EXPECT_GT(fit, 0.0);
        EXPECT_LE(fit, 1.0);
        EXPECT_FALSE(item.toObject().value(QStringLiteral("reasons")).toArray().isEmpty());
    }
    QStringList ids;
    for (const auto &item : advice.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = item.toObject();
        ids.append(finding.value(QStringLiteral("id")).toString());
        EXPECT_TRUE(QStringList({QStringLiteral("info"), QStringLiteral("warning"),
                                 QStringLiteral("critical")})
                        .contains(finding.value(QStringLiteral("severity")).toString()));
        EXPECT_FALSE(finding.value(QStringLiteral("message")).toString().isEmpty());
        EXPECT_FALSE(finding.value(QStringLiteral("sources")).toArray().isEmpty());
        // Out-of-scope tasks say by id whose work they are; other findings have no such key.
        EXPECT_EQ(finding.contains(QStringLiteral("handledBy")),
                  finding.value(QStringLiteral("id")).toString() ==
                      QStringLiteral("task-out-of-scope"));
    }
    for (const char *id :
         {"follower-growth-unrealistic", "judged-by-follower-count",
          "immediate-visibility-needs-influencer", "task-out-of-scope", "two-roles-one-hire"}) {
        EXPECT_TRUE(ids.contains(QString::fromLatin1(id))) << id;
    }
    EXPECT_EQ(advice.value(QStringLiteral("findings"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("severity")),
              QStringLiteral("critical"));
    bool followerRanges = false;
    for (const auto &item : advice.value(QStringLiteral("realisticTargets")).toArray()) {
        const QJsonObject target = item.toObject();
        if (target.value(QStringLiteral("metric")) == QStringLiteral("follower-count")) {
            followerRanges = target.value(QStringLiteral("ranges")).toArray().size() == 3 &&
                             target.value(QStringLiteral("assumption")).toBool();
        }
    }
    EXPECT_TRUE(followerRanges);
}

TEST(AdviseCommand, TextAndMarkdown)
{
    const ProcessResult text =
        rolelens({QStringLiteral("advise"), example("04-software-firm-leads-no-ad-budget")});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    EXPECT_TRUE(text.out.contains(QStringLiteral("[ads-without-budget]")));
    EXPECT_TRUE(text.out.contains(QStringLiteral("Sources")));
    for (const auto &line : text.out.split(QLatin1Char('\n'))) {
        // A web address is never broken, so that it can be copied: it may run past the edge,
        // alone on its line.
        const QString word = line.trimmed();
        if (!word.contains(QLatin1Char(' ')) && word.startsWith(QStringLiteral("http"))) {
            continue;
        }
        EXPECT_LE(line.size(), 80) << qPrintable(line);
    }
    const ProcessResult markdown =
        rolelens({QStringLiteral("advise"), example("04-software-firm-leads-no-ad-budget"),
                  QStringLiteral("--format"), QStringLiteral("markdown")});
    ASSERT_EQ(markdown.exitCode, 0);
    EXPECT_TRUE(markdown.out.contains(QStringLiteral("`ads-without-budget`")));
}

TEST(AdviseCommand, RealisticScenarioHasNoFindings)
{
    const ProcessResult result =
        rolelens({QStringLiteral("advise"), example("06-realistic-florist"),
                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(result.exitCode, 0);
    const QJsonObject advice = QJsonDocument::fromJson(result.out.toUtf8()).object();
    EXPECT_TRUE(advice.value(QStringLiteral("findings")).toArray().isEmpty())
        << qPrintable(result.out);
}

TEST(AdviseCommand, InvalidScenarioExitsWithThreeAndNamesEveryProblem)
{
    QTemporaryDir folder;
    const QString path =
        writeFile(folder, QStringLiteral("bad.rolelens.json"),
                  R"({"format": "rolelens-scenario", "version": 1, "goals": ["fame"],
            "followers": {"current": -1, "target": 100, "weeks": 0}})");
    const ProcessResult result = rolelens({QStringLiteral("advise"), path});
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_TRUE(result.out.isEmpty());
    EXPECT_TRUE(result.err.contains(QStringLiteral("problems found: 3")));
    EXPECT_TRUE(result.err.contains(path + QStringLiteral(": $.goals[0]: unknown goal \"fame\"")));
    EXPECT_TRUE(result.err.contains(path + QStringLiteral(": $.followers.current")));
    EXPECT_TRUE(result.err.contains(path + QStringLiteral(": $.followers.weeks")));

    const QString broken = writeFile(folder, QStringLiteral("broken.rolelens.json"), "{\n  oops");
    const ProcessResult syntax = rolelens({QStringLiteral("advise"), broken});
    EXPECT_EQ(syntax.exitCode, 3);
    EXPECT_TRUE(syntax.err.contains(broken + QStringLiteral(":2:"))) << qPrintable(syntax.err);

    const ProcessResult missing =
        rolelens({QStringLiteral("advise"), folder.filePath(QStringLiteral("none.json"))});
    EXPECT_EQ(missing.exitCode, 3);
    EXPECT_TRUE(missing.err.contains(QStringLiteral("none.json: cannot be read")));
}

TEST(AdviseCommand, ReportsForPeopleListTheBestRolesAndCountTheRest)
{
    QTemporaryDir folder;
    const QString catalog = writeFile(folder, QStringLiteral("generated.json"),
                                      rolelens::bench::generateCatalog(60, 3));
    const QString scenario = example("05-hotel-group-everything-in-one");
    // The rows of the "Roles that fit" section, each "- Title (id) (Fit: NN %)", a long one
    // wrapped over two lines.
    const auto listedRows = [](const QString &text) {
        const qsizetype start = text.indexOf(QStringLiteral("Roles that fit"));
        const qsizetype end = text.indexOf(QStringLiteral("Findings"), start);
        static const QRegularExpression row(QStringLiteral("\\(Fit:\\s+\\d+\\x{00A0}%\\)"));
        return static_cast<int>(text.mid(start, end - start).count(row));
    };
    const ProcessResult text =
        rolelens({QStringLiteral("advise"), scenario, QStringLiteral("--catalog"), catalog});
    ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
    const QRegularExpression more(QStringLiteral("and (\\d+) more roles"));
    const auto textMore = more.match(text.out);
    ASSERT_TRUE(textMore.hasMatch()) << qPrintable(text.out.left(3000));
    const ProcessResult json =
        rolelens({QStringLiteral("advise"), scenario, QStringLiteral("--catalog"), catalog,
                  QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << qPrintable(json.err);
    const qsizetype all = QJsonDocument::fromJson(json.out.toUtf8())
                              .object()
                              .value(QStringLiteral("recommendations"))
                              .toArray()
                              .size();
    // JSON keeps every role; the text lists the best and counts the rest.
    EXPECT_GT(all, 26);
    EXPECT_EQ(textMore.captured(1).toInt() + listedRows(text.out), all);
    const ProcessResult markdown =
        rolelens({QStringLiteral("advise"), scenario, QStringLiteral("--catalog"), catalog,
                  QStringLiteral("--format"), QStringLiteral("markdown")});
    ASSERT_EQ(markdown.exitCode, 0) << qPrintable(markdown.err);
    EXPECT_EQ(more.match(markdown.out).captured(1), textMore.captured(1));
}

TEST(AdviseCommand, UsageErrors)
{
    EXPECT_EQ(rolelens({QStringLiteral("advise")}).exitCode, 2);
    const ProcessResult two =
        rolelens({QStringLiteral("advise"), QStringLiteral("a.json"), QStringLiteral("b.json")});
    EXPECT_EQ(two.exitCode, 2);
    EXPECT_TRUE(two.err.contains(QStringLiteral("advise takes one scenario file, 2 given")));
    const ProcessResult help = rolelens({QStringLiteral("advise"), QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains(QStringLiteral("Usage: rolelens advise FILE")));
}

TEST(AdviseCommand, AgreementSheetAsPdf)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("agreement.pdf"));
    const ProcessResult result = rolelens(
        {QStringLiteral("advise"), example("01-corner-bakery-followers-overnight"),
         QStringLiteral("--pdf"), path, QStringLiteral("--paper"), QStringLiteral("letter")});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    const ProcessResult text = rolelens::testing::runProgram(
        QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    const QString flat =
        QString(text.out).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const char *part :
         {"Expectations agreement: Social media manager", "Corner Bakery", "Judge the hire by",
          "Engagement rate", "12 months", "What this role does not do", "Findings",
          "Critical [follower-growth-unrealistic] Going from 1,200 to 50,000 followers",
          "Website manager", "Agreed", "Sources", "Page 1 of"}) {
        EXPECT_TRUE(flat.contains(QString::fromUtf8(part))) << part;
    }
    const ProcessResult info = rolelens::testing::runProgram(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(
        info.out.contains(QStringLiteral("Subject:         Social media manager, Corner Bakery")))
        << qPrintable(info.out);
    EXPECT_EQ(
        rolelens::testing::runProgram(QStringLiteral("qpdf"), {QStringLiteral("--check"), path})
            .exitCode,
        0);
}

// One figure reads one way in every output: each realistic range of the bakery's advice, as
// Figures writes it, appears in the text, the Markdown and the PDF agreement.
TEST(AdviseCommand, EveryOutputWritesARangeTheSameWay)
{
    const QString scenario = example("01-corner-bakery-followers-overnight");
    const ProcessResult json = rolelens(
        {QStringLiteral("advise"), scenario, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << qPrintable(json.err);
    QStringList ranges;
    const QJsonArray targets = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("realisticTargets"))
                                   .toArray();
    for (const auto &target : targets) {
        const QString unit = target.toObject().value(QStringLiteral("unit")).toString();
        for (const auto &range : target.toObject().value(QStringLiteral("ranges")).toArray()) {
            ranges.append(rolelens::Figures::range(
                range.toObject().value(QStringLiteral("low")).toDouble(),
                range.toObject().value(QStringLiteral("high")).toDouble(), unit));
        }
    }
    ASSERT_GE(ranges.size(), 3);

    const QStringList outputs = flatOutputs(scenario);
    for (const QString &text : outputs) {
        for (const QString &range : ranges) {
            EXPECT_TRUE(text.contains(flat(range))) << qPrintable(range);
        }
    }
}

// A published benchmark reads one way everywhere too: the JSON gives each with its report and
// its age, and its sentence appears as written in the text, the Markdown and the PDF
// agreement; a measure without one carries the rule.
TEST(AdviseCommand, EveryOutputWritesABenchmarkTheSameWay)
{
    const QString scenario = example("01-corner-bakery-followers-overnight");
    const ProcessResult json = rolelens(
        {QStringLiteral("advise"), scenario, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.exitCode, 0) << qPrintable(json.err);
    QStringList sentences;
    bool ruled = false;
    const QJsonArray targets = QJsonDocument::fromJson(json.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("realisticTargets"))
                                   .toArray();
    for (const auto &item : targets) {
        const QJsonObject target = item.toObject();
        const QJsonArray benchmarks = target.value(QStringLiteral("benchmarks")).toArray();
        if (benchmarks.isEmpty() && target.value(QStringLiteral("ranges")).toArray().isEmpty()) {
            ruled = true;
            EXPECT_TRUE(target.value(QStringLiteral("rule"))
                            .toString()
                            .contains(QStringLiteral("general practice")));
        }
        for (const auto &entry : benchmarks) {
            const QJsonObject benchmark = entry.toObject();
            const int year = benchmark.value(QStringLiteral("year")).toInt();
            EXPECT_GE(year, 1900);
            EXPECT_EQ(benchmark.value(QStringLiteral("ageYears")).toInt(-1),
                      QDate::currentDate().year() - year);
            for (const char *key : {"publisher", "report", "address", "quote", "measured",
                                    "platform", "statistic", "unit", "source"}) {
                EXPECT_FALSE(benchmark.value(QLatin1String(key)).toString().isEmpty()) << key;
            }
            const QString sentence = benchmark.value(QStringLiteral("sentence")).toString();
            EXPECT_TRUE(sentence.contains(benchmark.value(QStringLiteral("publisher")).toString()));
            EXPECT_TRUE(sentence.contains(
                rolelens::Figures::age(benchmark.value(QStringLiteral("ageYears")).toInt())));
            sentences.append(sentence);
        }
    }
    ASSERT_FALSE(sentences.isEmpty());
    EXPECT_TRUE(ruled);

    const QStringList outputs = flatOutputs(scenario);
    for (const QString &text : outputs) {
        for (const QString &sentence : sentences) {
            EXPECT_TRUE(text.contains(flat(sentence))) << qPrintable(sentence);
        }
    }
}

} // namespace
