// The profile is one document shown by two renderers on the command line: the text and the
// Markdown outputs hold the same parts and number the same sources the same way.

#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

using rolelens::testing::ProcessResult;
using rolelens::testing::rolelens;

QString show(const QString &role, const QString &format)
{
    const ProcessResult result =
        rolelens({QStringLiteral("show"), role, QStringLiteral("--format"), format});
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
    return result.out;
}

// "[1] Social media managers vs. so": the number and the start of each source's line, in
// the order the output numbers them (the text wraps the rest of a long line).
QStringList sourceLines(const QString &output)
{
    static const QRegularExpression line(QStringLiteral(R"(^(?:  |- )(\[\d+\] .*)$)"),
                                         QRegularExpression::MultilineOption);
    QStringList lines;
    auto matches = line.globalMatch(output);
    while (matches.hasNext()) {
        lines.append(matches.next().captured(1).left(36));
    }
    return lines;
}

QString flat(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

TEST(ShowOutputs, TextAndMarkdownHoldTheSamePartsAndSources)
{
    for (const QString &role :
         {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
          QStringLiteral("community-manager")}) {
        const QString text = show(role, QStringLiteral("text"));
        const QString markdown = show(role, QStringLiteral("markdown"));
        const QJsonObject json =
            QJsonDocument::fromJson(show(role, QStringLiteral("json")).toUtf8()).object();

        const QStringList textSources = sourceLines(text);
        EXPECT_FALSE(textSources.isEmpty()) << qPrintable(role);
        EXPECT_EQ(textSources, sourceLines(markdown)) << qPrintable(role);

        for (const QString &heading :
             {QStringLiteral("At a glance"), QStringLiteral("Success metrics"),
              QStringLiteral("What this role does not do, and who does"),
              QStringLiteral("Expected results over time (assumptions)"),
              QStringLiteral("Sources")}) {
            EXPECT_TRUE(text.contains(heading)) << qPrintable(role + QLatin1Char(' ') + heading);
            EXPECT_TRUE(markdown.contains(QStringLiteral("## ") + heading))
                << qPrintable(role + QLatin1Char(' ') + heading);
        }
        for (const auto &item : json.value(QStringLiteral("notResponsibleFor")).toArray()) {
            const QString task = item.toObject().value(QStringLiteral("task")).toString();
            EXPECT_TRUE(flat(text).contains(task)) << qPrintable(task);
            EXPECT_TRUE(markdown.contains(task)) << qPrintable(task);
        }
    }
}

} // namespace
