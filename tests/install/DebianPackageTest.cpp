#include "install/InstalledFiles.h"
#include "support/ProcessRunner.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rolelens::testing {
namespace {

// The .deb CPack makes of this build, unpacked into a scratch root as dpkg would install it,
// and run from there: the package alone must be the whole program.
class DebianPackageTest : public ::testing::Test {
protected:
    static void SetUpTestSuite()
    {
        s_folder = new QTemporaryDir;
        s_package = new QString;
    }
    static QString packAndUnpack()
    {
        const ProcessResult pack =
            runProgram(QStringLiteral(ROLELENS_CPACK),
                       {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                        QStringLiteral(ROLELENS_BUILD_DIR "/CPackConfig.cmake"),
                        QStringLiteral("-B"), s_folder->path()});
        QDirIterator debs(s_folder->path(), {QStringLiteral("*.deb")}, QDir::Files);
        if (pack.exitCode != 0 || !debs.hasNext()) {
            return QStringLiteral("cpack made no package (it needs dpkg-shlibdeps from dpkg-dev "
                                  "and file): ") +
                   pack.out + pack.err;
        }
        *s_package = debs.next();
        const ProcessResult unpack =
            runProgram(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), *s_package, root()});
        return unpack.exitCode == 0 ? QString() : QStringLiteral("dpkg-deb -x: ") + unpack.err;
    }
    // Packed and unpacked once for the suite, by its first test, and what went wrong fails
    // every test: a failure in SetUpTestSuite would only mark them skipped.
    void SetUp() override
    {
        if (!s_prepared) {
            s_prepared = true;
            s_setupProblem = packAndUnpack();
        }
        ASSERT_EQ(s_setupProblem, QString());
    }
    static void TearDownTestSuite()
    {
        delete s_package;
        delete s_folder;
        s_package = nullptr;
        s_folder = nullptr;
    }
    static QString root() { return s_folder->filePath(QStringLiteral("root")); }
    static QString installedProgram() { return root() + QStringLiteral("/usr/bin/rolelens"); }
    static QString field(const char *name)
    {
        return runProgram(QStringLiteral("dpkg-deb"),
                          {QStringLiteral("--field"), *s_package, QString::fromLatin1(name)})
            .out.trimmed();
    }

    static inline QTemporaryDir *s_folder = nullptr;
    static inline QString *s_package = nullptr;
    static inline bool s_prepared = false;
    static inline QString s_setupProblem;
};

TEST_F(DebianPackageTest, IsNamedAndVersionedForDebian)
{
    EXPECT_EQ(field("Package"), QStringLiteral("rolelens"));
    EXPECT_EQ(field("Version"), QStringLiteral(ROLELENS_VERSION));
    EXPECT_EQ(field("Architecture"), QStringLiteral("amd64"));
    EXPECT_TRUE(QFileInfo(*s_package).fileName().startsWith(QLatin1String("rolelens_")));
    // One paragraph, as written: no CMake list separators in it.
    const QString description = field("Description");
    EXPECT_TRUE(description.contains(QLatin1String("social media manager")))
        << qPrintable(description);
    EXPECT_FALSE(description.contains(QLatin1String(" ;"))) << qPrintable(description);
}

TEST_F(DebianPackageTest, DependsOnTheLibrariesTheProgramLinks)
{
    const QString depends = field("Depends");
    // Computed by dpkg-shlibdeps from the program itself, with versions.
    for (const char *library : {"libqt6widgets6", "libqt6charts6", "libqt6printsupport6",
                                "libqt6svg6", "libqt6core6", "libspdlog1.10", "libc6"}) {
        EXPECT_TRUE(depends.contains(QLatin1String(library)))
            << library << " in " << qPrintable(depends);
    }
    // Not linked, but opened: the font the printed sheets embed.
    EXPECT_TRUE(depends.contains(QLatin1String("fonts-dejavu-core"))) << qPrintable(depends);
    EXPECT_TRUE(depends.contains(QLatin1String("(>="))) << qPrintable(depends);
}

TEST_F(DebianPackageTest, HoldsEveryInstalledFileUnderUsr)
{
    EXPECT_EQ(missingFiles(root() + QStringLiteral("/usr")), QStringList());
}

TEST_F(DebianPackageTest, TheUnpackedProgramListsTheRoles)
{
    const ProcessResult list = runProgram(installedProgram(), {QStringLiteral("list")});
    ASSERT_EQ(list.exitCode, 0) << qPrintable(list.err);
    EXPECT_TRUE(list.out.contains(QLatin1String("social-media-manager"))) << qPrintable(list.out);
    EXPECT_TRUE(list.out.contains(QLatin1String("Community manager"))) << qPrintable(list.out);
}

TEST_F(DebianPackageTest, TheUnpackedProgramExportsAComparisonSheet)
{
    const QString pdf = s_folder->filePath(QStringLiteral("comparison.pdf"));
    const ProcessResult compare =
        runProgram(installedProgram(), {QStringLiteral("compare"), QStringLiteral("smm"),
                                        QStringLiteral("cm"), QStringLiteral("--pdf"), pdf});
    ASSERT_EQ(compare.exitCode, 0) << qPrintable(compare.err);
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    EXPECT_GT(file.size(), 10000);
}

} // namespace
} // namespace rolelens::testing
