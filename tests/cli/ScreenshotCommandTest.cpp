// The window drawn to a PNG from the command line: no display needed, the size it opens at on
// the screen it is shown on, and errors that say what is wrong and overwrite nothing.

#include "cli/CommandLineOptions.h"
#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QSize>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using rolelens::testing::ProcessResult;
using rolelens::testing::writeFile;

ProcessResult cli(const QStringList &arguments)
{
    return rolelens::testing::rolelens(arguments);
}

TEST(CommandLine, ScreenshotNeedsNoDisplay)
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("browse.png"));
    const ProcessResult run =
        cli({QStringLiteral("--screenshot"), path, QStringLiteral("--view"),
             QStringLiteral("compare"), QStringLiteral("smm"), QStringLiteral("cm")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(8).startsWith("\x89PNG"));
    EXPECT_GT(file.size(), 20000); // a real window, not an empty image
}

// A PNG's size in pixels, from its header.
QSize pngSize(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << qPrintable(path);
    const QByteArray header = file.read(24);
    if (header.size() < 24 || !header.startsWith("\x89PNG")) {
        ADD_FAILURE() << qPrintable(path) << " is no PNG";
        return {};
    }
    const auto bigEndian = [&](int at) {
        return static_cast<int>(static_cast<quint8>(header.at(at)) << 24 |
                                static_cast<quint8>(header.at(at + 1)) << 16 |
                                static_cast<quint8>(header.at(at + 2)) << 8 |
                                static_cast<quint8>(header.at(at + 3)));
    };
    return {bigEndian(16), bigEndian(20)};
}

// The whole program, as it opens on two screens: at the size its views are laid out for on a
// desktop screen, and within a 1400 × 900 laptop screen at 2x scale.
TEST(CommandLine, TheWindowOpensWithinTheScreen)
{
    QTemporaryDir folder;
    const QString desktop = folder.filePath(QStringLiteral("desktop.png"));
    ProcessResult run = rolelens::testing::rolelensOnScreen(
        QStringLiteral(ROLELENS_SOURCE_DIR "/scripts/screens/desktop-1920x1080.json"),
        {QStringLiteral("--screenshot"), desktop});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_EQ(pngSize(desktop), QSize(1180, 780));

    const QString laptop = folder.filePath(QStringLiteral("laptop.png"));
    run = rolelens::testing::rolelensOnScreen(
        QStringLiteral(ROLELENS_SOURCE_DIR "/tests/data/screens/1400x900-at-2x.json"),
        {QStringLiteral("--screenshot"), laptop, QStringLiteral("--view"),
         QStringLiteral("advisor")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QSize size = pngSize(laptop);
    EXPECT_LE(size.width(), 1400);
    EXPECT_LE(size.height(), 900);
    EXPECT_GE(size.width(), 1200) << "the window uses the screen";
}

TEST(CommandLine, ScreenshotErrorsAreClearAndLoseNothing)
{
    QTemporaryDir folder;
    const ProcessResult view =
        cli({QStringLiteral("--screenshot"), folder.filePath(QStringLiteral("x.png")),
             QStringLiteral("--view"), QStringLiteral("sideways")});
    EXPECT_EQ(view.exitCode, 2);
    EXPECT_TRUE(view.err.contains(QStringLiteral("unknown view \"sideways\"")));

    const ProcessResult role =
        cli({QStringLiteral("--screenshot"), folder.filePath(QStringLiteral("x.png")),
             QStringLiteral("astronaut")});
    EXPECT_EQ(role.exitCode, 2);
    EXPECT_TRUE(role.err.contains(QStringLiteral("unknown role \"astronaut\"")));

    // A path that is a folder: refused with the path named, and the folder is untouched.
    const QString existing = writeFile(folder, QStringLiteral("keep.txt"), "precious");
    const ProcessResult folderPath = cli({QStringLiteral("--screenshot"), folder.path()});
    EXPECT_EQ(folderPath.exitCode, 4);
    EXPECT_TRUE(folderPath.err.contains(folder.path()));
    QFile kept(existing);
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("precious"));

    const ProcessResult underFile =
        cli({QStringLiteral("--screenshot"), existing + QStringLiteral("/x.png")});
    EXPECT_EQ(underFile.exitCode, 4);
    EXPECT_FALSE(QFile::exists(existing + QStringLiteral("/x.png")));

    const ProcessResult font =
        cli({QStringLiteral("--screenshot"), folder.filePath(QStringLiteral("x.png")),
             QStringLiteral("--font-size"), QStringLiteral("huge")});
    EXPECT_EQ(font.exitCode, 2);
    EXPECT_TRUE(font.err.contains(QStringLiteral("--font-size needs a number of points")))
        << qPrintable(font.err);
    const ProcessResult fontForCommand =
        cli({QStringLiteral("list"), QStringLiteral("--font-size"), QStringLiteral("12")});
    EXPECT_EQ(fontForCommand.exitCode, 2);
    EXPECT_TRUE(fontForCommand.err.contains(QStringLiteral("are for the window")));
}

// --font-size: the window in a larger font, as a reader who needs one has it, and in a
// screenshot of it.
TEST(CommandLine, TheWindowTakesTheFontSizeAsked)
{
    QString error;
    const auto larger = rolelens::CommandLineOptions::parse(
        {QStringLiteral("rolelens"), QStringLiteral("--font-size"), QStringLiteral("12.5")},
        &error);
    ASSERT_TRUE(larger.has_value()) << qPrintable(error);
    EXPECT_DOUBLE_EQ(larger->fontSize, 12.5);
    const auto system = rolelens::CommandLineOptions::parse({QStringLiteral("rolelens")}, &error);
    ASSERT_TRUE(system.has_value());
    EXPECT_EQ(system->fontSize, 0.0);
    for (const char *refused : {"5", "33", "12pt", ""}) {
        EXPECT_FALSE(rolelens::CommandLineOptions::parse({QStringLiteral("rolelens"),
                                                          QStringLiteral("--font-size"),
                                                          QString::fromLatin1(refused)},
                                                         &error)
                         .has_value())
            << refused;
    }

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("larger.png"));
    const ProcessResult run = cli({QStringLiteral("--screenshot"), path,
                                   QStringLiteral("--font-size"), QStringLiteral("12")});
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(QFile::exists(path));
}

} // namespace
