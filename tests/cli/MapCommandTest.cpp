#include "support/CatalogGenerator.h"
#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"
#include "support/SvgText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// rolelens map --svg FILE / --pdf FILE, and its wrong uses.
namespace rolelens {
namespace {

using testing::ProcessResult;

QByteArray contents(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    return file.readAll();
}

QStringList builtInTitles()
{
    const ProcessResult list =
        testing::rolelens({QStringLiteral("list"), QStringLiteral("--format=json")});
    QStringList titles;
    for (const auto &role : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        titles.append(role.toObject().value(QStringLiteral("title")).toString());
    }
    EXPECT_GE(titles.size(), 9);
    return titles;
}

TEST(MapCommand, WritesAnSvgWithEveryRolesTitle)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("map.svg"));
    const ProcessResult run =
        testing::rolelens({QStringLiteral("map"), QStringLiteral("--svg"), path});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(path));
    const QString text = testing::svgText(contents(path));
    for (const QString &title : builtInTitles()) {
        EXPECT_TRUE(text.contains(title)) << qPrintable(title);
    }
}

TEST(MapCommand, WritesAOnePagePdfAndAnSvgTogether)
{
    QTemporaryDir folder;
    const QString pdf = folder.filePath(QStringLiteral("map.pdf"));
    const QString svg = folder.filePath(QStringLiteral("map.svg"));
    const ProcessResult run = testing::rolelens(
        {QStringLiteral("map"), QStringLiteral("--pdf"), pdf, QStringLiteral("--svg"), svg,
         QStringLiteral("--paper"), QStringLiteral("letter")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(contents(pdf).startsWith("%PDF-"));
    EXPECT_TRUE(run.out.contains(QStringLiteral("Letter")));
    const ProcessResult text = testing::runProgram(
        QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    const QString flat = text.out.simplified();
    EXPECT_TRUE(flat.contains(QStringLiteral("How the roles relate"))) << qPrintable(flat);
    EXPECT_TRUE(flat.contains(QStringLiteral("Marketing strategist")));
    const ProcessResult info = testing::runProgram(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.out.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))))
        << qPrintable(info.out);
    EXPECT_FALSE(contents(svg).isEmpty());
}

TEST(MapCommand, AnExtraCatalogsRolesAreOnTheMap)
{
    QTemporaryDir folder;
    const QByteArray extra = bench::generateCatalog(1, 9);
    const QString title = QJsonDocument::fromJson(extra)
                              .object()
                              .value(QStringLiteral("roles"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("title"))
                              .toString();
    const QString catalog = testing::writeFile(folder, QStringLiteral("extra.json"), extra);
    const QString path = folder.filePath(QStringLiteral("map.svg"));
    const ProcessResult run = testing::rolelens({QStringLiteral("map"), QStringLiteral("--catalog"),
                                                 catalog, QStringLiteral("--svg"), path});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(testing::svgText(contents(path)).contains(title)) << qPrintable(title);
}

TEST(MapCommand, WrongUsesExitWithTwoAndSayWhatIsExpected)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("x.svg"));
    const struct {
        QStringList arguments;
        const char *message;
    } cases[] = {
        {{QStringLiteral("map")}, "give --svg FILE, --pdf FILE or both"},
        {{QStringLiteral("map"), QStringLiteral("smm"), QStringLiteral("--svg"), path},
         "too many arguments for map: smm"},
        {{QStringLiteral("show"), QStringLiteral("smm"), QStringLiteral("--svg"), path},
         "--svg goes with 'map'"},
        {{QStringLiteral("map"), QStringLiteral("--svg")}, "--svg"},
        {{QStringLiteral("map"), QStringLiteral("--svg"), path, QStringLiteral("--paper"),
          QStringLiteral("a4")},
         "--paper goes with --pdf"},
    };
    for (const auto &wrong : cases) {
        const ProcessResult run = testing::rolelens(wrong.arguments);
        EXPECT_EQ(run.exitCode, 2) << qPrintable(wrong.arguments.join(QLatin1Char(' ')));
        EXPECT_TRUE(run.err.contains(QLatin1String(wrong.message))) << qPrintable(run.err);
    }
    EXPECT_FALSE(QFile::exists(path));
    // A file that cannot be written: exit 4, naming it.
    const ProcessResult unwritable = testing::rolelens(
        {QStringLiteral("map"), QStringLiteral("--svg"), QStringLiteral("/nonexistent/x.svg")});
    EXPECT_EQ(unwritable.exitCode, 4);
    EXPECT_TRUE(unwritable.err.contains(QStringLiteral("/nonexistent/x.svg")));
}

TEST(MapCommand, HelpListsIt)
{
    const ProcessResult help = testing::rolelens({QStringLiteral("--help")});
    EXPECT_TRUE(help.out.contains(QStringLiteral("map --svg FILE | --pdf FILE")));
    const ProcessResult own = testing::rolelens({QStringLiteral("map"), QStringLiteral("--help")});
    EXPECT_EQ(own.exitCode, 0);
    EXPECT_TRUE(own.out.contains(QStringLiteral("SVG drawing"))) << qPrintable(own.out);
}

} // namespace
} // namespace rolelens
