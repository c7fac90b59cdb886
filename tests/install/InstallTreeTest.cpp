#include "install/InstalledFiles.h"
#include "support/ProcessRunner.h"

#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rolelens::testing {
namespace {

// `cmake --install` of this build into a scratch prefix, once for the suite.
class InstallTreeTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_root = new QTemporaryDir; }
    // Installed once for the suite, by its first test, and what went wrong fails every test:
    // a failure in SetUpTestSuite would only mark them skipped.
    void SetUp() override
    {
        if (!s_prepared) {
            s_prepared = true;
            install();
        }
        ASSERT_EQ(s_setupProblem, QString());
    }
    static void install()
    {
        const ProcessResult install =
            runProgram(QStringLiteral(ROLELENS_CMAKE),
                       {QStringLiteral("--install"), QStringLiteral(ROLELENS_BUILD_DIR),
                        QStringLiteral("--prefix"), prefix()});
        if (install.exitCode != 0 || !QFileInfo::exists(installed(QStringLiteral("bin")))) {
            s_setupProblem = QStringLiteral("cmake --install: ") + install.out + install.err;
        }
    }
    static void TearDownTestSuite()
    {
        delete s_root;
        s_root = nullptr;
    }
    static QString prefix() { return s_root->filePath(QStringLiteral("usr")); }
    static QString installed(const QString &file) { return QDir(prefix()).filePath(file); }
    static QString appFile(const QString &pattern)
    {
        return installed(pattern.arg(QStringLiteral(ROLELENS_APP_ID)));
    }

    static inline QTemporaryDir *s_root = nullptr;
    static inline bool s_prepared = false;
    static inline QString s_setupProblem;
};

TEST_F(InstallTreeTest, PutsEveryFileWhereTheDesktopLooksForIt)
{
    EXPECT_EQ(missingFiles(prefix()), QStringList());
    EXPECT_TRUE(QFileInfo(installed(QStringLiteral("bin/rolelens"))).isExecutable());
}

TEST_F(InstallTreeTest, EveryIconIsAPngOfItsFoldersSize)
{
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        QImageReader icon(appFile(QStringLiteral("share/icons/hicolor/%1x%1/apps/").arg(size) +
                                  QStringLiteral("%1.png")));
        EXPECT_EQ(icon.format(), "png") << size;
        EXPECT_EQ(icon.size(), QSize(size, size)) << size;
    }
}

TEST_F(InstallTreeTest, TheDesktopEntryIsValid)
{
    const ProcessResult check =
        runProgram(QStringLiteral("desktop-file-validate"),
                   {appFile(QStringLiteral("share/applications/%1.desktop"))});
    ASSERT_EQ(check.exitCode, 0) << "desktop-file-validate (package desktop-file-utils): "
                                 << qPrintable(check.out + check.err);
    // Hints are not errors, yet each is something a menu shows wrong.
    EXPECT_EQ(check.out + check.err, QString());
}

TEST_F(InstallTreeTest, TheAppStreamMetadataIsValid)
{
    const ProcessResult check = runProgram(
        QStringLiteral("appstreamcli"),
        {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
         appFile(QStringLiteral("share/metainfo/%1.metainfo.xml"))});
    ASSERT_EQ(check.exitCode, 0) << "appstreamcli (package appstream): "
                                 << qPrintable(check.out + check.err);
    // No warning; the one note allowed is the made-up domain of the id (.invalid).
    EXPECT_FALSE(check.out.contains(QLatin1String("W: "))) << qPrintable(check.out);
    EXPECT_FALSE(check.out.contains(QLatin1String("E: "))) << qPrintable(check.out);
}

TEST_F(InstallTreeTest, TheFileManagerKnowsScenariosByNameAndCatalogsByContent)
{
    // update-mime-database builds the database file managers read from the installed
    // declaration; its globs and magic files are what they match a file against.
    const QString mime = installed(QStringLiteral("share/mime"));
    // With the prefix among the data folders, as on a system it is installed to, anything it
    // prints is a complaint about the declaration.
    QProcessEnvironment environment = withoutDisplay();
    environment.insert(QStringLiteral("XDG_DATA_DIRS"), installed(QStringLiteral("share")));
    const ProcessResult update =
        runProgram(QStringLiteral("update-mime-database"), {mime}, {}, environment);
    ASSERT_EQ(update.exitCode, 0) << "update-mime-database (package shared-mime-info): "
                                  << qPrintable(update.out + update.err);
    EXPECT_EQ(update.out + update.err, QString());
    QFile globs(QDir(mime).filePath(QStringLiteral("globs2")));
    ASSERT_TRUE(globs.open(QIODevice::ReadOnly));
    EXPECT_TRUE(globs.readAll().contains("60:application/x-rolelens-scenario:*.rolelens.json"));
    QFile magic(QDir(mime).filePath(QStringLiteral("magic")));
    ASSERT_TRUE(magic.open(QIODevice::ReadOnly));
    const QByteArray rules = magic.readAll();
    EXPECT_TRUE(rules.contains("application/x-rolelens-catalog"));
    EXPECT_TRUE(rules.contains("\"rolelens-catalog\""));
    // Each type the program says it opens is one the declaration defines.
    QFile desktop(appFile(QStringLiteral("share/applications/%1.desktop")));
    ASSERT_TRUE(desktop.open(QIODevice::ReadOnly));
    const QByteArray entry = desktop.readAll();
    for (const char *type : {"application/x-rolelens-scenario", "application/x-rolelens-catalog"}) {
        EXPECT_TRUE(entry.contains(type)) << type;
        EXPECT_TRUE(QFileInfo::exists(
            QDir(mime).filePath(QString::fromLatin1(type) + QStringLiteral(".xml"))))
            << type;
    }
}

} // namespace
} // namespace rolelens::testing
