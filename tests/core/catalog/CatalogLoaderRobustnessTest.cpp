#include "catalog/CatalogLoader.h"
#include "support/QtPrinters.h"

#include <QFile>

#include <gtest/gtest.h>

#include <random>

// Input no one meant to write: the loader answers with a catalog or with errors, never a crash.
namespace rolelens {
namespace {

TEST(CatalogLoader, ArbitraryBytesNeverCrash)
{
    const QList<QByteArray> inputs{
        "",
        "null",
        "{}",
        "{\"format\": 1}",
        "\xff\xfe{",
        "[{]}",
        "{\"format\":\"rolelens-catalog\",\"version\":1,\"roles\":[1,\"x\",null,{}]}",
        "{\"format\":\"rolelens-catalog\",\"version\":1.5}"};
    for (const auto &input : inputs) {
        CatalogLoader loader;
        loader.addBytes(input, QStringLiteral("fuzz.json"));
        EXPECT_FALSE(loader.finish().ok()) << input.constData();
    }
}

// Damaged copies of the real catalog files: bytes flipped, cut short, pieces repeated. The
// loader must answer every one with a catalog or with errors, never crash or hang.
TEST(CatalogLoader, DamagedRealFilesNeverCrash)
{
    std::mt19937 random(20261123); // fixed: a failure must be reproducible
    int refused = 0;
    for (const auto &path : CatalogLoader::builtInFiles()) {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        for (int round = 0; round < 60; ++round) {
            QByteArray damaged = original;
            const auto at = [&](qsizetype size) {
                return static_cast<qsizetype>(
                    random() % static_cast<std::uint32_t>(std::max<qsizetype>(size, 1)));
            };
            switch (round % 3) {
            case 0:
                for (int flips = 0; flips < 1 + round % 5; ++flips) {
                    damaged[at(damaged.size())] = static_cast<char>(random() & 0xff);
                }
                break;
            case 1:
                damaged.truncate(at(damaged.size()));
                break;
            case 2: {
                const qsizetype from = at(damaged.size());
                damaged.insert(at(damaged.size()), damaged.mid(from, 40));
                break;
            }
            }
            CatalogLoader loader;
            loader.addBytes(damaged, path);
            const auto result = loader.finish();
            if (!result.ok()) {
                ++refused;
                for (const auto &error : result.errors()) {
                    EXPECT_FALSE(error.message.isEmpty());
                    // Every error names the file, in its file field or, for a catalog
                    // with no role at all, in its message.
                    EXPECT_TRUE(error.file == path || error.message.contains(path))
                        << qPrintable(error.toString());
                }
            }
        }
    }
    EXPECT_GT(refused, 100); // nearly every damaged file is refused, with reasons
}

} // namespace
} // namespace rolelens
