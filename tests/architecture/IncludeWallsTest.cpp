// The walls between the libraries, read off the sources: core includes nothing of Qt's GUI
// modules and nothing of the app; the command line includes no window code; charts, HTML and
// sheets include neither shell; the window includes no command-line code. The build keeps the
// libraries apart, but all of app/ shares one include root, so only this test sees a header
// included across a wall before the linker does (or, for an inline-only header, never).

#include "support/QtPrinters.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

namespace {

struct Include {
    QString file;
    int line = 0;
    QString header;
    bool quoted = false;
};

QString sourceDir()
{
    return QStringLiteral(ROLELENS_SOURCE_DIR);
}

QList<Include> includesUnder(const QString &folder)
{
    static const QRegularExpression includeLine(
        QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QList<Include> includes;
    QDirIterator files(sourceDir() + QLatin1Char('/') + folder,
                       {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                       QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            ADD_FAILURE() << "cannot read " << path.toStdString();
            continue;
        }
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const auto match = includeLine.match(lines[i]);
            if (match.hasMatch()) {
                includes.append({QDir(sourceDir()).relativeFilePath(path), i + 1, match.captured(2),
                                 match.captured(1) == QLatin1String("\"")});
            }
        }
    }
    return includes;
}

// Every header of the Qt modules core must not use: the module headers (<QtGui>), the class
// headers (<QPainter>) and the paths into them (<QtGui/qpainter.h>).
QSet<QString> guiHeaders()
{
    QSet<QString> headers;
    const QString root = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString &module : {QStringLiteral("QtGui"), QStringLiteral("QtWidgets"),
                                  QStringLiteral("QtCharts"), QStringLiteral("QtPrintSupport")}) {
        headers.insert(module);
        const QDir folder(root + QLatin1Char('/') + module);
        for (const QString &name : folder.entryList(QDir::Files)) {
            headers.insert(name);
            headers.insert(module + QLatin1Char('/') + name);
        }
    }
    return headers;
}

std::string describe(const Include &include)
{
    return (include.file + QLatin1Char(':') + QString::number(include.line) +
            QStringLiteral(" includes ") + include.header)
        .toStdString();
}

// Quoted includes under FOLDER that name a folder of the app in FORBIDDEN.
void expectNoQuotedIncludeOf(const QString &folder, const QStringList &forbidden)
{
    const QList<Include> includes = includesUnder(folder);
    ASSERT_FALSE(includes.isEmpty()) << "no sources under " << folder.toStdString();
    for (const Include &include : includes) {
        for (const QString &prefix : forbidden) {
            EXPECT_FALSE(include.quoted && include.header.startsWith(prefix)) << describe(include);
        }
    }
}

TEST(IncludeWalls, TheQtGuiModulesAreKnown)
{
    const QSet<QString> headers = guiHeaders();
    // If Qt's headers moved, the wall below would pass for want of a list.
    EXPECT_TRUE(headers.contains(QStringLiteral("QPainter")));
    EXPECT_TRUE(headers.contains(QStringLiteral("QWidget")));
    EXPECT_TRUE(headers.contains(QStringLiteral("QChart")));
    EXPECT_FALSE(headers.contains(QStringLiteral("QString")));
}

TEST(IncludeWalls, CoreIncludesNoGuiWidgetOrChartHeader)
{
    const QSet<QString> forbidden = guiHeaders();
    const QList<Include> includes = includesUnder(QStringLiteral("core"));
    ASSERT_GT(includes.size(), 100);
    for (const Include &include : includes) {
        EXPECT_FALSE(!include.quoted && forbidden.contains(include.header)) << describe(include);
    }
}

TEST(IncludeWalls, CoreIncludesNothingOfTheApp)
{
    expectNoQuotedIncludeOf(QStringLiteral("core"),
                            {QStringLiteral("ui/"), QStringLiteral("cli/"),
                             QStringLiteral("charts/"), QStringLiteral("diagram/"),
                             QStringLiteral("html/"), QStringLiteral("sheet/"),
                             QStringLiteral("launcher/"), QStringLiteral("support/")});
}

TEST(IncludeWalls, TheCommandLineIncludesNoWindowCode)
{
    expectNoQuotedIncludeOf(QStringLiteral("app/cli"),
                            {QStringLiteral("ui/"), QStringLiteral("launcher/")});
}

TEST(IncludeWalls, ChartsMapHtmlAndSheetsIncludeNeitherShell)
{
    for (const QString &folder : {QStringLiteral("app/charts"), QStringLiteral("app/diagram"),
                                  QStringLiteral("app/html"), QStringLiteral("app/sheet")}) {
        expectNoQuotedIncludeOf(
            folder, {QStringLiteral("ui/"), QStringLiteral("cli/"), QStringLiteral("launcher/")});
    }
}

TEST(IncludeWalls, TheWindowIncludesNoCommandLineCode)
{
    expectNoQuotedIncludeOf(QStringLiteral("app/ui"),
                            {QStringLiteral("cli/"), QStringLiteral("launcher/")});
}

TEST(IncludeWalls, EveryQuotedIncludeNamesItsFolder)
{
    // "advisor/Advisor.h", not "Advisor.h": a reader finds the file in one hop.
    for (const QString &folder :
         {QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("tests")}) {
        for (const Include &include : includesUnder(folder)) {
            EXPECT_FALSE(include.quoted && !include.header.contains(QLatin1Char('/')))
                << describe(include);
        }
    }
}

} // namespace
