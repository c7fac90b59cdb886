#include "support/ProcessRunner.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// The text the program builds around the catalog's words, read in each language as a reader
// would: titles and labels in the middle of a sentence, the punctuation between a label and
// its text, and the words before a title.
namespace {

using rolelens::testing::ProcessResult;
using rolelens::testing::rolelens;

const QStringList kScenarios{
    QStringLiteral("01-corner-bakery-followers-overnight"),
    QStringLiteral("02-solo-coach-launch"),
    QStringLiteral("03-outdoor-shop-lasting-community"),
    QStringLiteral("04-software-firm-leads-no-ad-budget"),
    QStringLiteral("05-hotel-group-everything-in-one"),
    QStringLiteral("06-realistic-florist"),
};

// The text output of `arguments` in `language`, its wrapped lines joined again; no-break
// spaces stay.
QString output(QStringList arguments, const char *language)
{
    arguments << QStringLiteral("--lang") << QString::fromLatin1(language);
    const ProcessResult result = rolelens(arguments);
    EXPECT_EQ(result.exitCode, 0) << qPrintable(result.err);
    static const QRegularExpression wrap(QStringLiteral("\\n[ ]+"));
    return QString(result.out).replace(wrap, QStringLiteral(" "));
}

QString advice(const QString &scenario, const char *language)
{
    return output(
        {QStringLiteral("advise"), QStringLiteral(ROLELENS_SOURCE_DIR "/resources/scenarios/") +
                                       scenario + QStringLiteral(".rolelens.json")},
        language);
}

QStringList matches(const QString &text, const QRegularExpression &pattern)
{
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.append(it.next().captured(0));
    }
    return found;
}

TEST(LanguageOutput, EnglishLowersATitleMidSentence)
{
    const QString text = advice(kScenarios.first(), "en");
    EXPECT_TRUE(text.contains(QStringLiteral("Findings for the social media manager")));
    EXPECT_TRUE(text.contains(QStringLiteral("Hire: Social media manager")));
}

TEST(LanguageOutput, GermanKeepsTitlesAsTheyAreAndNeverDeclinesThem)
{
    // A title put where German changes its ending cannot change it: a genitive wants
    // "des Website-Managers", and "Spezialist", "Stratege" and "Assistent" want "-en" in every
    // case but the nominative ("dem PR-Spezialisten"). The catalog's own text declines them.
    static const QRegularExpression declined(
        QStringLiteral("\\bdes [\\w-]*(Manager|Influencer|Marketer)\\b|"
                       "\\b(des|dem|den|einem|einen|eines|zum|beim|vom) "
                       "[\\w-]*(Spezialist|stratege|assistent)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &scenario : kScenarios) {
        const QString text = advice(scenario, "de");
        EXPECT_FALSE(text.contains(QStringLiteral(" social-media-manager")))
            << qPrintable(scenario);
        const QStringList found = matches(text, declined);
        EXPECT_TRUE(found.isEmpty())
            << qPrintable(scenario) << ": " << qPrintable(found.join(QStringLiteral(" | ")));
    }
    EXPECT_TRUE(advice(kScenarios.first(), "de")
                    .contains(QStringLiteral("Feststellungen zur Rolle „Social-Media-Manager“")));
}

TEST(LanguageOutput, FrenchPutsANoBreakSpaceBeforeEveryColonAndSemicolon)
{
    const QString advised = advice(QStringLiteral("03-outdoor-shop-lasting-community"), "fr");
    for (const char *expected :
         {"Recruter\u00a0: Social media manager", "Constats\u00a0: influenceur",
          "Pour\u00a0: Une présence durable qui se développe au fil des mois\u00a0; Une"}) {
        EXPECT_TRUE(advised.contains(QString::fromUtf8(expected))) << expected;
    }
    // Everywhere in a profile and a comparison, but in the articles' English quotes and the
    // English titles of the sources.
    static const QRegularExpression quoted(QStringLiteral("“[^”]*”"));
    static const QRegularExpression bare(QStringLiteral(".{0,40}[^\\s\\x{00a0}][:;]\\s"));
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("show"), QStringLiteral("smm")},
          QStringList{QStringLiteral("compare"), QStringLiteral("smm"), QStringLiteral("cm"),
                      QStringLiteral("influencer")}}) {
        QString text = output(arguments, "fr").section(QStringLiteral("\nSources\n"), 0, 0);
        text.remove(quoted);
        const QStringList found = matches(text, bare);
        EXPECT_TRUE(found.isEmpty()) << qPrintable(arguments.join(QLatin1Char(' '))) << ": "
                                     << qPrintable(found.join(QStringLiteral(" | ")));
    }
}

TEST(LanguageOutput, FrenchGluesNoArticleToATitleThatStartsWithAVowel)
{
    static const QRegularExpression glued(
        QStringLiteral("\\b(le|Le|du|Du|au|Au|de|De|que) (influenceur|assistant administratif)"));
    for (const QString &scenario : kScenarios) {
        const QStringList found = matches(advice(scenario, "fr"), glued);
        EXPECT_TRUE(found.isEmpty())
            << qPrintable(scenario) << ": " << qPrintable(found.join(QStringLiteral(" | ")));
    }
}

// What a role is for, as the catalog's translation file says it.
QString translatedPurpose(const char *language, const QString &roleId)
{
    QFile file(QStringLiteral(ROLELENS_SOURCE_DIR "/resources/catalog/03-roles-social-media.") +
               QString::fromLatin1(language) + QStringLiteral(".json"));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    for (const auto &role : QJsonDocument::fromJson(file.readAll())
                                .object()
                                .value(QStringLiteral("roles"))
                                .toArray()) {
        if (role.toObject().value(QStringLiteral("id")).toString() == roleId) {
            return role.toObject()
                .value(QStringLiteral("dimensions"))
                .toObject()
                .value(QStringLiteral("purpose"))
                .toObject()
                .value(QStringLiteral("text"))
                .toString();
        }
    }
    return {};
}

struct SheetWords {
    const char *language;
    const char *page;    // the footer's "Page 1 of N"
    const char *heading; // a heading every comparison sheet has
};

// The printed sheet, read back with pdftotext: the program's words and the catalog's text in
// the language asked for.
TEST(LanguageOutput, TheComparisonSheetIsInTheLanguageAsked)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    for (const SheetWords &words :
         {SheetWords{"de", "Seite 1 von", "Quellen"}, SheetWords{"es", "Página 1 de", "Fuentes"},
          SheetWords{"fr", "Page 1 sur", "Sources"}}) {
        const QString pdf =
            folder.filePath(QString::fromLatin1(words.language) + QStringLiteral(".pdf"));
        const ProcessResult written =
            rolelens({QStringLiteral("compare"), QStringLiteral("smm"), QStringLiteral("cm"),
                      QStringLiteral("--pdf"), pdf, QStringLiteral("--lang"),
                      QString::fromLatin1(words.language)});
        ASSERT_EQ(written.exitCode, 0) << qPrintable(written.err);
        const ProcessResult text = rolelens::testing::runProgram(
            QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
        ASSERT_EQ(text.exitCode, 0) << qPrintable(text.err);
        const QString flat = QString(text.out).simplified();
        EXPECT_TRUE(flat.contains(QString::fromUtf8(words.page))) << words.language;
        EXPECT_TRUE(flat.contains(QString::fromUtf8(words.heading))) << words.language;
        // What the role is for, its first words in that language (a line may break after).
        const QString purpose =
            translatedPurpose(words.language, QStringLiteral("social-media-manager"));
        const QString start = purpose.section(QLatin1Char(' '), 0, 4);
        EXPECT_TRUE(flat.contains(start)) << words.language << ": " << qPrintable(start);
    }
}

} // namespace
