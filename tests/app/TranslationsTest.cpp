#include "support/QtPrinters.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

// Runs lupdate over the sources into a copy of each shipped .ts file: a string added to
// the code without a translation shows up as "unfinished", and one removed from the code
// vanishes; either fails here, not in a user's window.
TEST(Translations, EveryShippedLanguageTranslatesEveryString)
{
    const QDir translations(QStringLiteral(ROLELENS_SOURCE_DIR "/translations"));
    const QStringList files = translations.entryList({QStringLiteral("*.ts")}, QDir::Files);
    ASSERT_FALSE(files.isEmpty());
    QTemporaryDir scratch;
    for (const auto &name : files) {
        const QString copy = scratch.filePath(name);
        ASSERT_TRUE(QFile::copy(translations.filePath(name), copy));
        QFile shipped(copy);
        ASSERT_TRUE(shipped.open(QIODevice::ReadOnly));
        const qsizetype shippedMessages =
            QString::fromUtf8(shipped.readAll()).count(QStringLiteral("<message"));
        shipped.close();
        QStringList arguments{QStringLiteral("-no-obsolete"),
                              QStringLiteral("-locations"),
                              QStringLiteral("none"),
                              QStringLiteral(ROLELENS_SOURCE_DIR "/core"),
                              QStringLiteral(ROLELENS_SOURCE_DIR "/app"),
                              QStringLiteral("-ts"),
                              copy};
        // English is the source: its file holds the plural forms of counts only.
        if (name == QLatin1String("rolelens_en.ts")) {
            arguments.prepend(QStringLiteral("-pluralonly"));
        }
        QProcess lupdate;
        lupdate.start(QStringLiteral(ROLELENS_LUPDATE), arguments);
        ASSERT_TRUE(lupdate.waitForFinished(60000));
        ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().constData();
        QFile updated(copy);
        ASSERT_TRUE(updated.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(updated.readAll());
        static const QRegularExpression unfinished(
            QStringLiteral("<source>([^<]*)</source>\\s*<translation type=\"unfinished\""));
        QStringList missing;
        for (auto it = unfinished.globalMatch(text); it.hasNext();) {
            missing.append(it.next().captured(1));
        }
        EXPECT_TRUE(missing.isEmpty())
            << qPrintable(name)
            << " lacks translations for: " << qPrintable(missing.join(QStringLiteral(" | ")));
        // A string gone from the code is gone from the file too (lupdate would drop it).
        EXPECT_EQ(text.count(QStringLiteral("<message")), shippedMessages)
            << qPrintable(name) << " holds strings the code no longer has, or lacks new ones";
    }
}

// An entity escaped twice ("&amp;#xa0;") reaches the window as the text "&#xa0;" instead of a
// no-break space; it happened once, when translations were carried between branches.
TEST(Translations, NoCharacterReferenceIsEscapedTwice)
{
    const QDir translations(QStringLiteral(ROLELENS_SOURCE_DIR "/translations"));
    for (const auto &name : translations.entryList({QStringLiteral("*.ts")}, QDir::Files)) {
        QFile file(translations.filePath(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        static const QRegularExpression twice(QStringLiteral("&amp;#x?[0-9a-fA-F]+;"));
        const QRegularExpressionMatch found = twice.match(text);
        EXPECT_FALSE(found.hasMatch())
            << qPrintable(name) << ": "
            << qPrintable(text.mid(std::max<qsizetype>(0, found.capturedStart() - 60), 120));
    }
}

} // namespace
