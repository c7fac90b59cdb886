#include "io/RoleLensFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace rolelens {
namespace {

class RoleLensFileTest : public ::testing::Test {
protected:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return path;
    }
    static QString problemOf(const QString &path)
    {
        const auto kind = RoleLensFile::kindOf(path);
        EXPECT_FALSE(kind) << qPrintable(path);
        EXPECT_EQ(kind.errors().size(), 1);
        EXPECT_EQ(kind.errors().value(0).file, path);
        return kind.errors().value(0).message;
    }

    QTemporaryDir m_dir;
};

TEST_F(RoleLensFileTest, TheFormatFieldSaysWhatAFileIsWhateverItsName)
{
    const auto scenario = RoleLensFile::kindOf(
        write(QStringLiteral("plan.json"), "{\n  \"format\": \"rolelens-scenario\",\n}"));
    ASSERT_TRUE(scenario);
    EXPECT_EQ(scenario.value(), RoleLensFile::Kind::Scenario);
    const auto catalog = RoleLensFile::kindOf(
        write(QStringLiteral("x.rolelens.json"), "{\"format\":\"rolelens-catalog\"}"));
    ASSERT_TRUE(catalog);
    EXPECT_EQ(catalog.value(), RoleLensFile::Kind::Catalog);
}

TEST_F(RoleLensFileTest, TheBuiltInCatalogAndExamplesAreRecognised)
{
    const QDir folder(QStringLiteral(ROLELENS_SOURCE_DIR "/resources/catalog"));
    int catalogs = 0;
    for (const QString &file : folder.entryList({QStringLiteral("*.json")})) {
        const auto kind = RoleLensFile::kindOf(folder.filePath(file));
        // "03-roles.de.json" is a translation, never opened on its own.
        if (QFileInfo(file).completeSuffix() != QLatin1String("json")) {
            EXPECT_FALSE(kind) << qPrintable(file);
            continue;
        }
        ASSERT_TRUE(kind) << qPrintable(file);
        EXPECT_EQ(kind.value(), RoleLensFile::Kind::Catalog) << qPrintable(file);
        ++catalogs;
    }
    EXPECT_GE(catalogs, 6);
    const auto example = RoleLensFile::kindOf(
        QStringLiteral(ROLELENS_SOURCE_DIR
                       "/resources/scenarios/01-corner-bakery-followers-overnight.rolelens.json"));
    ASSERT_TRUE(example);
    EXPECT_EQ(example.value(), RoleLensFile::Kind::Scenario);
}

TEST_F(RoleLensFileTest, ADamagedScenarioIsStillAScenarioForItsReaderToExplain)
{
    const auto kind = RoleLensFile::kindOf(write(QStringLiteral("bakery.rolelens.json"), "{ oops"));
    ASSERT_TRUE(kind);
    EXPECT_EQ(kind.value(), RoleLensFile::Kind::Scenario);
}

TEST_F(RoleLensFileTest, AnythingElseIsRefusedWithItsReason)
{
    EXPECT_TRUE(problemOf(m_dir.filePath(QStringLiteral("missing.json")))
                    .contains(QLatin1String("no such file")));
    EXPECT_TRUE(problemOf(m_dir.path()).contains(QLatin1String("folder")));
    EXPECT_TRUE(problemOf(write(QStringLiteral("notes.json"), "{\"title\": \"mine\"}"))
                    .contains(QLatin1String("no \"format\" field")));
    EXPECT_TRUE(problemOf(write(QStringLiteral("other.json"), "{\"format\": \"geojson\"}"))
                    .contains(QLatin1String("its \"format\" is \"geojson\"")));
    EXPECT_TRUE(problemOf(write(QStringLiteral("03-roles.de.json"),
                                "{\"format\": \"rolelens-catalog-translation\"}"))
                    .contains(QLatin1String("open that file instead")));
    // Far into a large file, a format is no longer the file's own.
    EXPECT_TRUE(
        problemOf(write(QStringLiteral("late.json"), QByteArray(RoleLensFile::kHeadBytes, ' ') +
                                                         "{\"format\": \"rolelens-catalog\"}"))
            .contains(QLatin1String("no \"format\" field")));
}

} // namespace
} // namespace rolelens
