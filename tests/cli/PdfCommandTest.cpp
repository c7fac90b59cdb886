#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <sys/resource.h>

namespace {

using rolelens::testing::ProcessResult;
using rolelens::testing::rolelens;

ProcessResult run(const QString &program, const QStringList &arguments)
{
    return rolelens::testing::runProgram(program, arguments);
}

QString tool(const QString &name, const QStringList &arguments)
{
    const ProcessResult result = run(name, arguments);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(name) << ": " << qPrintable(result.err);
    return result.out;
}

QString loadJson(const QStringList &arguments, QJsonDocument *document)
{
    const ProcessResult result =
        rolelens(arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    *document = QJsonDocument::fromJson(result.out.toUtf8());
    return result.err;
}

// Everything a sheet must contain, checked with the real PDF tools.
void checkSheet(const QString &path, const QStringList &roleIds, const QString &paper)
{
    const QString text =
        tool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    const QString flat =
        QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
    for (const auto &id : roleIds) {
        QJsonDocument role;
        loadJson({QStringLiteral("show"), id}, &role);
        const QJsonObject object = role.object();
        EXPECT_TRUE(flat.contains(object.value(QStringLiteral("title")).toString()))
            << qPrintable(id);
        for (const auto &metric : object.value(QStringLiteral("metrics")).toArray()) {
            const QString name = metric.toObject().value(QStringLiteral("name")).toString();
            EXPECT_TRUE(flat.contains(name)) << qPrintable(name);
        }
        for (const auto &value : object.value(QStringLiteral("dimensions")).toObject()) {
            const QString label = value.toObject().value(QStringLiteral("label")).toString();
            EXPECT_TRUE(flat.contains(label)) << qPrintable(label);
        }
    }
    // Qt elides a chart label it has no room for ("..." or "…"): every label must be whole.
    // The running header alone may be shortened, before the date.
    static const QRegularExpression elided(QStringLiteral("(\\.\\.\\.|\u2026)"));
    static const QRegularExpression runningHeader(QStringLiteral("^RoleLens · .*$"),
                                                  QRegularExpression::MultilineOption);
    EXPECT_FALSE(QString(text).remove(runningHeader).contains(elided))
        << "an elided label in " << qPrintable(path);
    // Searchable: no ligature glyphs ("traﬃc") in the extracted text.
    for (char16_t ligature = 0xFB00; ligature <= 0xFB06; ++ligature) {
        EXPECT_FALSE(text.contains(QChar(ligature))) << "ligature U+" << std::hex << int(ligature);
    }
    for (const char *part : {"Sources", "Expected results over time", "does not do", "Page 1 of"}) {
        EXPECT_TRUE(flat.contains(QString::fromLatin1(part))) << part;
    }

    const QString info = tool(QStringLiteral("pdfinfo"), {path});
    static const QRegularExpression pagesPattern(QStringLiteral("Pages:\\s+(\\d+)"));
    const int pages = pagesPattern.match(info).captured(1).toInt();
    EXPECT_GE(pages, roleIds.size() == 1 ? 2 : 3);
    EXPECT_LE(pages, 14);
    EXPECT_TRUE(flat.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    EXPECT_TRUE(info.contains(QStringLiteral("Creator:         RoleLens"))) << qPrintable(info);
    EXPECT_TRUE(info.contains(QStringLiteral("Page size:       ") +
                              (paper == QLatin1String("letter") ? QStringLiteral("612 x 792")
                                                                : QStringLiteral("595 x 842"))))
        << qPrintable(info);

    const QString fonts = tool(QStringLiteral("pdffonts"), {path});
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    EXPECT_FALSE(fontLines.isEmpty());
    for (const auto &line : fontLines) {
        EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << "not embedded: " << qPrintable(line);
    }
    const QString images = tool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    EXPECT_EQ(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2)
        << "raster images: " << qPrintable(images);
    EXPECT_EQ(run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path}).exitCode, 0);
}

TEST(PdfCommand, ComparisonSheetsOfTwoThreeAndFourRoles)
{
    QTemporaryDir folder;
    const QList<QStringList> selections{
        {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer")},
        {QStringLiteral("social-media-manager"), QStringLiteral("community-manager"),
         QStringLiteral("website-manager")},
        {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
         QStringLiteral("social-media-marketer"), QStringLiteral("community-manager")}};
    for (const auto &roles : selections) {
        const QString paper = roles.size() == 3 ? QStringLiteral("letter") : QStringLiteral("a4");
        const QString path = folder.filePath(QStringLiteral("sheet-%1.pdf").arg(roles.size()));
        const ProcessResult result =
            rolelens(QStringList{QStringLiteral("compare")} + roles +
                     QStringList{QStringLiteral("--pdf"), path, QStringLiteral("--paper"), paper});
        ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
        EXPECT_TRUE(result.err.isEmpty()) << qPrintable(result.err);
        EXPECT_TRUE(result.out.startsWith(QStringLiteral("Wrote ") + path));
        checkSheet(path, roles, paper);
        // The glance, whole on the first page; the side-by-side detail after it.
        const QString first = tool(QStringLiteral("pdftotext"),
                                   {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                    QStringLiteral("1"), path, QStringLiteral("-")})
                                  .simplified();
        for (const char *part :
             {"At a glance", "What it is for", "Does not do", "mainly judged by"}) {
            EXPECT_TRUE(first.contains(QString::fromLatin1(part)))
                << part << " not on the first page of " << roles.size() << " roles";
        }
        // The glance's last line: the questions in dispute, or that there are none.
        EXPECT_TRUE(
            first.contains(QStringLiteral("(each position, with its sources, at the end)")) ||
            first.contains(QStringLiteral("The articles do not disagree")))
            << roles.size() << " roles";
        const QString info = tool(QStringLiteral("pdfinfo"), {path});
        EXPECT_TRUE(info.contains(QStringLiteral("Subject:         Social media manager, ")))
            << qPrintable(info);
        EXPECT_TRUE(info.contains(QStringLiteral("Title:           Social media manager vs ")))
            << qPrintable(info);
    }
}

TEST(PdfCommand, ProfileSheet)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("profile.pdf"));
    const ProcessResult result =
        rolelens({QStringLiteral("show"), QStringLiteral("CM"), QStringLiteral("--pdf"), path});
    ASSERT_EQ(result.exitCode, 0) << qPrintable(result.err);
    checkSheet(path, {QStringLiteral("community-manager")}, QStringLiteral("a4"));
    const QString text = tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(text.contains(QStringLiteral("Misconceptions")));
    EXPECT_TRUE(text.contains(QStringLiteral("Role profile")));
}

TEST(PdfCommand, UsageErrors)
{
    EXPECT_EQ(rolelens({QStringLiteral("list"), QStringLiteral("--pdf"), QStringLiteral("x.pdf")})
                  .exitCode,
              2);
    const ProcessResult paper =
        rolelens({QStringLiteral("show"), QStringLiteral("smm"), QStringLiteral("--pdf"),
                  QStringLiteral("x.pdf"), QStringLiteral("--paper"), QStringLiteral("a5")});
    EXPECT_EQ(paper.exitCode, 2);
    EXPECT_TRUE(paper.err.contains(QStringLiteral("unknown paper \"a5\"")));
    EXPECT_EQ(rolelens({QStringLiteral("show"), QStringLiteral("smm"), QStringLiteral("--paper"),
                        QStringLiteral("a4")})
                  .exitCode,
              2);
    EXPECT_FALSE(QFile::exists(QStringLiteral("x.pdf")));
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

TEST(PdfCommand, FailedWritesLeaveNothingBehindAndKeepTheOldFile)
{
    QTemporaryDir folder;
    const QString existing = folder.filePath(QStringLiteral("sheet.pdf"));
    {
        QFile file(existing);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("the previous sheet");
    }
    const QStringList compare{QStringLiteral("compare"), QStringLiteral("smm"),
                              QStringLiteral("influencer"), QStringLiteral("--pdf")};

    // Disk full, simulated with a file-size limit far below the sheet's size.
    const ProcessResult full = rolelens(compare + QStringList{existing}, [] {
        const rlimit limit{4096, 4096};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    EXPECT_EQ(full.exitCode, 4) << qPrintable(full.err);
    EXPECT_TRUE(full.err.contains(existing)) << qPrintable(full.err);
    EXPECT_EQ(contentOf(existing), QByteArray("the previous sheet"));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("sheet.pdf")});

    // The path is a folder.
    const ProcessResult isFolder = rolelens(compare + QStringList{folder.path()});
    EXPECT_EQ(isFolder.exitCode, 4);
    EXPECT_TRUE(isFolder.err.contains(QStringLiteral("it is a folder")));

    // The folder does not exist: a path under a regular file.
    const QString underFile = existing + QStringLiteral("/sheet.pdf");
    const ProcessResult missing = rolelens(compare + QStringList{underFile});
    EXPECT_EQ(missing.exitCode, 4);
    EXPECT_TRUE(missing.err.contains(underFile)) << qPrintable(missing.err);
    EXPECT_EQ(contentOf(existing), QByteArray("the previous sheet"));
}

} // namespace
