#include "io/AtomicFile.h"

#include "support/FileSizeLimit.h"
#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

namespace rolelens {
namespace {

const QByteArray kPrevious = "the user's previous file\n";
const QByteArray kNew = QByteArray(64 * 1024, 'n');

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
}

// A folder holding the user's previous file, for each fault to be tried against.
class AtomicFileTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("kept.rolelens.json"));
        ASSERT_EQ(AtomicFile::write(m_path, kPrevious), std::nullopt);
    }

    // The previous file is byte for byte as it was, and nothing else was left behind.
    void expectPreviousIntact(const QString &folder) const
    {
        EXPECT_EQ(contents(m_path), kPrevious);
        EXPECT_EQ(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                  QStringList{QStringLiteral("kept.rolelens.json")});
    }

    QTemporaryDir m_dir;
    QString m_path;
};

TEST_F(AtomicFileTest, ReplacesTheWholeFile)
{
    EXPECT_EQ(AtomicFile::write(m_path, kNew), std::nullopt);
    EXPECT_EQ(contents(m_path), kNew);
}

TEST_F(AtomicFileTest, DiskFullLeavesThePreviousFile)
{
    // 4 KiB: Qt notices the failed write. 16 bytes: Qt 6.4 reports the short write as
    // success, and only the check of what reached the disk catches it.
    for (const rlim_t limit : {rlim_t{4096}, rlim_t{16}}) {
        EXPECT_TRUE(testing::withFileSizeLimit(
            limit,
            [&] {
                const auto error = AtomicFile::write(m_path, kNew);
                return error &&
                       error->startsWith(QStringLiteral("Cannot write %1: ").arg(m_path)) &&
                       (error->contains(QStringLiteral("File too large")) ||
                        error->contains(QStringLiteral("file size limit")));
            }))
            << "no clear error with a file-size limit of " << limit << " bytes";
        expectPreviousIntact(m_dir.path());
    }
}

TEST_F(AtomicFileTest, ReadOnlyMountLeavesThePreviousFile)
{
    // Root ignores permissions; a read-only file system stops even root.
    const QString mountPoint = m_dir.filePath(QStringLiteral("readonly"));
    ASSERT_TRUE(QDir().mkpath(mountPoint));
    ASSERT_EQ(mount("tmpfs", qPrintable(mountPoint), "tmpfs", 0, "size=1m"), 0)
        << "mounting a tmpfs needs root: " << strerror(errno);
    const QString path = mountPoint + QStringLiteral("/kept.rolelens.json");
    EXPECT_EQ(AtomicFile::write(path, kPrevious), std::nullopt);
    ASSERT_EQ(mount("tmpfs", qPrintable(mountPoint), "tmpfs", MS_REMOUNT | MS_RDONLY, "size=1m"),
              0);
    const auto error = AtomicFile::write(path, kNew);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(path)) << qPrintable(*error);
    EXPECT_TRUE(error->contains(QStringLiteral("not writable"))) << qPrintable(*error);
    EXPECT_EQ(contents(path), kPrevious);
    EXPECT_EQ(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden),
              QStringList{QStringLiteral("kept.rolelens.json")});
    EXPECT_EQ(umount(qPrintable(mountPoint)), 0);
}

TEST_F(AtomicFileTest, FolderInsteadOfAFile)
{
    const auto error = AtomicFile::write(m_dir.path(), kNew);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(*error, QStringLiteral("Cannot write %1: it is a folder.").arg(m_dir.path()));
    expectPreviousIntact(m_dir.path());
}

TEST_F(AtomicFileTest, VanishedFolder)
{
    const QString folder = m_dir.filePath(QStringLiteral("gone"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/scenario.rolelens.json");
    ASSERT_TRUE(QDir(folder).removeRecursively());
    const auto error = AtomicFile::write(path, kNew);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->startsWith(QStringLiteral("Cannot write %1: ").arg(path)))
        << qPrintable(*error);
    EXPECT_FALSE(QFileInfo::exists(folder));
    expectPreviousIntact(m_dir.path());
}

TEST_F(AtomicFileTest, PathUnderARegularFile)
{
    const QString path = m_path + QStringLiteral("/inside.json");
    const auto error = AtomicFile::write(path, kNew);
    ASSERT_TRUE(error.has_value());
    EXPECT_TRUE(error->contains(path)) << qPrintable(*error);
    expectPreviousIntact(m_dir.path());
}

} // namespace
} // namespace rolelens
