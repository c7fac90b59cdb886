#include "catalog/CatalogLoader.h"
#include "support/CatalogErrors.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

// Several files: later ones replace entries, problems come in file order however the files
// are parsed, and files that cannot be read are named.
namespace rolelens {
namespace {

using namespace testing;

TEST(CatalogLoader, LaterFileReplacesAnEntryWithTheSameId)
{
    CatalogLoader loader;
    loader.addBytes(bytes(minimalCatalog()), QStringLiteral("base.json"));
    QJsonObject override{{QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
                         {QStringLiteral("version"), 1}};
    QJsonObject worker = minimalRole(QStringLiteral("worker"));
    worker.insert(QStringLiteral("title"), QStringLiteral("Renamed worker"));
    worker.insert(QStringLiteral("reportsTo"), QJsonArray{QStringLiteral("boss")});
    QJsonObject extra = minimalRole(QStringLiteral("extra"));
    override.insert(QStringLiteral("roles"), QJsonArray{worker, extra});
    loader.addBytes(bytes(override), QStringLiteral("mine.json"));
    const auto result = loader.finish();
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    EXPECT_EQ(result->role(QStringLiteral("worker"))->title, QStringLiteral("Renamed worker"));
    EXPECT_EQ(result->roles().size(), 3);
    EXPECT_EQ(loader.replacedEntries(), QStringList{QStringLiteral("role worker")});
}

// Files are parsed side by side; what they yield must not depend on which finishes first.
QStringList loadManyFiles(const QString &unreadable)
{
    CatalogLoader loader;
    loader.addBytes(bytes(minimalCatalog()), QStringLiteral("base.json"));
    for (int i = 0; i < 12; ++i) {
        QJsonObject file{{QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
                         {QStringLiteral("version"), 1}};
        QJsonObject role = minimalRole(QStringLiteral("extra-%1").arg(i));
        role.insert(QStringLiteral("title"), i); // a problem in every file
        file.insert(QStringLiteral("roles"), QJsonArray{role});
        // Big enough to be parsed on a worker thread.
        QJsonArray padding;
        for (int k = 0; k < 17; ++k) {
            padding.append(
                QJsonObject{{QStringLiteral("id"), QStringLiteral("pad-%1-%2").arg(i).arg(k)},
                            {QStringLiteral("kind"), QStringLiteral("general-practice")},
                            {QStringLiteral("title"), QStringLiteral("Padding")},
                            {QStringLiteral("note"), QString(16000, QLatin1Char('n'))}});
        }
        file.insert(QStringLiteral("sources"), padding);
        const QByteArray json = bytes(file);
        EXPECT_GE(json.size(), CatalogLoader::kThreadedParseBytes);
        loader.addBytes(json, QStringLiteral("extra-%1.json").arg(i));
        if (i == 4) {
            loader.addFile(unreadable);
            loader.addBytes("{,", QStringLiteral("broken.json"));
        }
    }
    // The general-practice source becomes an article: every citation of it without a quote,
    // in every earlier file, is now a problem, reported where it was made.
    QJsonObject replacement{{QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
                            {QStringLiteral("version"), 1}};
    replacement.insert(
        QStringLiteral("sources"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("gp")},
                               {QStringLiteral("kind"), QStringLiteral("article")},
                               {QStringLiteral("title"), QStringLiteral("Now an article")}}});
    loader.addBytes(bytes(replacement), QStringLiteral("replacement.json"));
    const auto result = loader.finish();
    EXPECT_EQ(loader.replacedEntries(), QStringList{QStringLiteral("source gp")});
    return messages(result);
}

TEST(CatalogLoader, ProblemsComeInFileOrderWhateverFileIsParsedFirst)
{
    QTemporaryDir folder;
    const QString missing = folder.filePath(QStringLiteral("missing.json"));
    const QStringList first = loadManyFiles(missing);
    for (int run = 0; run < 5; ++run) {
        ASSERT_EQ(loadManyFiles(missing), first);
    }
    QStringList expectedStart;
    for (int i = 0; i < 12; ++i) {
        expectedStart.append(
            QStringLiteral("extra-%1.json: $.roles[0].title: expected a string, found a number")
                .arg(i));
        if (i == 4) {
            expectedStart.append(missing + QStringLiteral(": cannot be read"));
            expectedStart.append(QStringLiteral("broken.json:1:2: not valid JSON"));
        }
    }
    ASSERT_GT(first.size(), expectedStart.size());
    for (qsizetype i = 0; i < expectedStart.size(); ++i) {
        EXPECT_TRUE(first.at(i).startsWith(expectedStart.at(i)))
            << qPrintable(first.at(i)) << " / " << qPrintable(expectedStart.at(i));
    }
    // Then the references, in the order they were made: base.json's first.
    const QString article = QStringLiteral(
        ": a citation of the article \"gp\" must quote the statement that supports it");
    EXPECT_EQ(first.at(expectedStart.size()),
              QStringLiteral("base.json: $.metrics[0].sources[0].source") + article);
    EXPECT_TRUE(first.contains(
        QStringLiteral("base.json: $.roles[1].dimensions.hierarchy.sources[0].source") + article));
    EXPECT_TRUE(first.contains(
        QStringLiteral("base.json: $.roles[0].responsibilities[0].sources[0].source") + article));
    EXPECT_TRUE(first.contains(QStringLiteral("base.json: $.roles[1].metrics[0].basis[0].source") +
                               article));
    // The roles of the extra files did not load (their titles are wrong), but what they cite
    // is still checked, as it always was.
    EXPECT_TRUE(first.contains(
        QStringLiteral("extra-11.json: $.roles[0].summarySources[0].source") + article));
}

TEST(CatalogLoader, UnreadableFilesAreReportedByName)
{
    QTemporaryDir folder;
    CatalogLoader loader;
    loader.addFile(folder.filePath(QStringLiteral("missing.json")));
    loader.addFile(folder.path());
    const auto result = loader.finish();
    ASSERT_EQ(result.errors().size(), 2);
    EXPECT_TRUE(result.errors().at(0).message.startsWith(QStringLiteral("cannot be read")));
    EXPECT_EQ(result.errors().at(1).file, folder.path());
    EXPECT_TRUE(result.errors().at(1).message.contains(QStringLiteral("is a folder")));
}

} // namespace
} // namespace rolelens
