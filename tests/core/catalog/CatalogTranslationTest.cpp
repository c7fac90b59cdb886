#include "catalog/CatalogTranslation.h"

#include "catalog/CatalogLoader.h"
#include "support/CatalogErrors.h"
#include "support/MinimalCatalog.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// A catalog file's text in another language, from the file beside it: laid over the English,
// checked as strictly as the catalog itself, and never touching ids, sources or quotes.
namespace rolelens {
namespace {

using namespace testing;

QJsonObject translatedRole(const QString &id, const QString &title)
{
    QJsonObject dimensions;
    for (const auto dimension : dimensions::all()) {
        dimensions.insert(dimensions::key(dimension),
                          QJsonObject{{QStringLiteral("text"), QStringLiteral("Etwas Text.")}});
    }
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), title},
        {QStringLiteral("category"), QStringLiteral("Prüfung")},
        {QStringLiteral("summary"), QStringLiteral("Eine Rolle für Tests.")},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("responsibilities"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("work")},
                                {QStringLiteral("name"), QStringLiteral("Arbeit")}}}},
        {QStringLiteral("skills"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("skill")},
                                {QStringLiteral("name"), QStringLiteral("Fähigkeit")}}}},
    };
}

QJsonObject translation(const QJsonArray &roles, const QString &language = QStringLiteral("de"))
{
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("rolelens-catalog-translation")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("language"), language},
        {QStringLiteral("roles"), roles},
    };
}

QJsonObject fullTranslation()
{
    return translation({translatedRole(QStringLiteral("boss"), QStringLiteral("Chefin")),
                        translatedRole(QStringLiteral("worker"), QStringLiteral("Fachkraft"))});
}

Result<Catalog> loadTranslated(const QJsonObject &translated,
                               const QJsonObject &catalog = minimalCatalog())
{
    CatalogLoader loader;
    loader.setLanguage(QStringLiteral("de"));
    loader.addBytes(bytes(catalog), QStringLiteral("base.json"), bytes(translated),
                    QStringLiteral("base.de.json"));
    return loader.finish();
}

// The roles of a translation with one field of the first role replaced (or removed).
QJsonObject withFirstRoleField(const QString &key, const QJsonValue &value)
{
    QJsonObject translated = fullTranslation();
    QJsonArray roles = translated.value(QStringLiteral("roles")).toArray();
    QJsonObject first = roles.at(0).toObject();
    if (value.isUndefined()) {
        first.remove(key);
    } else {
        first.insert(key, value);
    }
    roles.replace(0, first);
    translated.insert(QStringLiteral("roles"), roles);
    return translated;
}

TEST(CatalogTranslation, ReplacesTheTextAndKeepsIdsSourcesAndStructure)
{
    const auto result = loadTranslated(fullTranslation());
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    const Role *boss = result->role(QStringLiteral("boss"));
    ASSERT_NE(boss, nullptr);
    EXPECT_EQ(boss->title, QStringLiteral("Chefin"));
    EXPECT_EQ(boss->summary, QStringLiteral("Eine Rolle für Tests."));
    EXPECT_EQ(boss->dimension(Dimension::Purpose).text, QStringLiteral("Etwas Text."));
    EXPECT_EQ(boss->responsibilities.first().name, QStringLiteral("Arbeit"));
    EXPECT_EQ(boss->responsibilities.first().id, QStringLiteral("work"));
    EXPECT_EQ(RoleLink::idsOf(boss->supervises), QStringList{QStringLiteral("worker")});
    EXPECT_EQ(boss->summarySources.first().sourceId, QStringLiteral("gp"));
    // A file with no translation of its own metrics keeps them in English.
    EXPECT_EQ(result->metric(QStringLiteral("reach"))->name, QStringLiteral("Reach"));
}

TEST(CatalogTranslation, AnEntryTheCatalogLacksIsAnErrorWithFileAndPath)
{
    QJsonObject translated = fullTranslation();
    QJsonArray roles = translated.value(QStringLiteral("roles")).toArray();
    roles.append(translatedRole(QStringLiteral("janitor"), QStringLiteral("Hausmeister")));
    translated.insert(QStringLiteral("roles"), roles);
    const auto result = loadTranslated(translated);
    ASSERT_FALSE(result.ok());
    EXPECT_ERROR(result, "$.roles[2].id", "no entry \"janitor\"");
    EXPECT_EQ(result.errors().first().file, QStringLiteral("base.de.json"));
}

TEST(CatalogTranslation, AnEntryMissingAFieldIsAnError)
{
    const auto result = loadTranslated(
        withFirstRoleField(QStringLiteral("summary"), QJsonValue(QJsonValue::Undefined)));
    ASSERT_FALSE(result.ok());
    EXPECT_ERROR(result, "$.roles[0].summary", "missing");
}

TEST(CatalogTranslation, AResponsibilityTheRoleLacksIsAnError)
{
    const auto result = loadTranslated(withFirstRoleField(
        QStringLiteral("responsibilities"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sweeping")},
                               {QStringLiteral("name"), QStringLiteral("Fegen")}}}));
    ASSERT_FALSE(result.ok());
    EXPECT_ERROR(result, "$.roles[0].responsibilities[0].id", "no entry \"sweeping\"");
    EXPECT_ERROR(result, "$.roles[0].responsibilities", "missing: the translation of \"work\"");
}

TEST(CatalogTranslation, QuotesSourcesAndIdsAreNeverTranslated)
{
    const auto sources = loadTranslated(withFirstRoleField(
        QStringLiteral("summarySources"),
        QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("paper")},
                               {QStringLiteral("quote"), QStringLiteral("Übersetzt")}}}));
    ASSERT_FALSE(sources.ok());
    EXPECT_ERROR(sources, "$.roles[0].summarySources", "is not translated");
    const auto tags = loadTranslated(
        withFirstRoleField(QStringLiteral("supervises"), QJsonArray{QStringLiteral("x")}));
    EXPECT_ERROR(tags, "$.roles[0].supervises", "is not translated");
}

TEST(CatalogTranslation, AnArticlesTitleStaysAsPublished)
{
    QJsonObject translated = fullTranslation();
    translated.insert(
        QStringLiteral("sources"),
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("paper")},
                               {QStringLiteral("title"), QStringLiteral("Ein Papier")}},
                   QJsonObject{{QStringLiteral("id"), QStringLiteral("gp")},
                               {QStringLiteral("title"), QStringLiteral("Allgemeine Praxis")}}});
    const auto result = loadTranslated(translated);
    ASSERT_FALSE(result.ok());
    EXPECT_ERROR(result, "$.sources[0].title", "is not translated");
    EXPECT_EQ(result.errors().size(), 1) << qPrintable(messages(result).join(QLatin1Char('\n')));
}

TEST(CatalogTranslation, EmptyTextOrAWrongTypeIsAnError)
{
    const auto empty = loadTranslated(withFirstRoleField(QStringLiteral("title"), QString()));
    EXPECT_ERROR(empty, "$.roles[0].title", "expected the translated text");
    const auto object =
        loadTranslated(withFirstRoleField(QStringLiteral("dimensions"), QJsonArray{}));
    EXPECT_ERROR(object, "$.roles[0].dimensions", "expected an object");
}

TEST(CatalogTranslation, AFileForAnotherLanguageIsRefused)
{
    const auto result = loadTranslated(translation({}, QStringLiteral("fr")));
    ASSERT_FALSE(result.ok());
    EXPECT_ERROR(result, "$.language", "\"fr\"");
}

TEST(CatalogTranslation, ASyntaxErrorNamesTheTranslationFileAndLine)
{
    CatalogLoader loader;
    loader.setLanguage(QStringLiteral("de"));
    loader.addBytes(bytes(minimalCatalog()), QStringLiteral("base.json"), "{\n  \"format\": ,\n}",
                    QStringLiteral("base.de.json"));
    const auto result = loader.finish();
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.errors().first().file, QStringLiteral("base.de.json"));
    EXPECT_EQ(result.errors().first().line, 2);
}

TEST(CatalogTranslation, AnEntryWithoutTranslationStaysInEnglish)
{
    QJsonObject catalog = minimalCatalog();
    Diagnostics errors;
    const QStringList untranslated = CatalogTranslation::apply(
        catalog,
        bytes(translation({translatedRole(QStringLiteral("boss"), QStringLiteral("Chefin"))})),
        QStringLiteral("base.de.json"), QStringLiteral("de"), errors);
    EXPECT_TRUE(errors.isEmpty());
    // The general-practice source's title is the catalog's words; the article's is not.
    EXPECT_EQ(untranslated,
              (QStringList{QStringLiteral("roles[worker]"), QStringLiteral("metrics[reach]"),
                           QStringLiteral("sources[gp]")}));
    const QJsonArray roles = catalog.value(QStringLiteral("roles")).toArray();
    EXPECT_EQ(roles.at(0).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("Chefin"));
    EXPECT_EQ(roles.at(1).toObject().value(QStringLiteral("title")).toString(),
              QStringLiteral("Role worker"));
}

TEST(CatalogTranslation, AUserFileIsTranslatedByTheFileBesideIt)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString file = folder.filePath(QStringLiteral("mine.json"));
    EXPECT_EQ(CatalogTranslation::fileFor(file, QStringLiteral("de")),
              folder.filePath(QStringLiteral("mine.de.json")));
    for (const auto &[path, json] :
         {std::pair{file, minimalCatalog()},
          std::pair{folder.filePath(QStringLiteral("mine.de.json")), fullTranslation()}}) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly));
        out.write(bytes(json));
    }
    CatalogLoader german;
    german.setLanguage(QStringLiteral("de"));
    german.addFile(file);
    const auto result = german.finish();
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    EXPECT_EQ(result->role(QStringLiteral("worker"))->title, QStringLiteral("Fachkraft"));
    // French has no file beside it: English, and no error.
    CatalogLoader french;
    french.setLanguage(QStringLiteral("fr"));
    french.addFile(file);
    const auto english = french.finish();
    ASSERT_TRUE(english.ok());
    EXPECT_EQ(english->role(QStringLiteral("worker"))->title, QStringLiteral("Role worker"));
}

TEST(CatalogTranslation, TranslationFilesAreNotCatalogFiles)
{
    for (const auto &file : CatalogLoader::builtInFiles()) {
        EXPECT_EQ(file.count(QLatin1Char('.')), 1) << qPrintable(file);
    }
}

// Every language the program speaks has the whole built-in catalog: no entry left in English,
// and no text of more than a few words still the English one (short labels may rightly be the
// trade's loanwords: "Community manager", "Marketing").
TEST(CatalogTranslation, TheBuiltInCatalogIsTranslatedIntoEveryLanguage)
{
    CatalogLoader englishLoader;
    englishLoader.addBuiltIn();
    const auto english = englishLoader.finish();
    ASSERT_TRUE(english.ok());
    for (const auto &language :
         {QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")}) {
        CatalogLoader loader;
        loader.setLanguage(language);
        loader.addBuiltIn();
        const auto translated = loader.finish();
        ASSERT_TRUE(translated.ok()) << qPrintable(language + QLatin1Char('\n') +
                                                   messages(translated).join(QLatin1Char('\n')));
        EXPECT_EQ(loader.untranslatedEntries(), QStringList()) << qPrintable(language);
        ASSERT_EQ(translated->roles().size(), english->roles().size());
        for (qsizetype i = 0; i < english->roles().size(); ++i) {
            const Role &was = english->roles().at(i);
            const Role &now = translated->roles().at(i);
            EXPECT_EQ(now.id, was.id);
            EXPECT_NE(now.summary, was.summary) << qPrintable(language + QLatin1Char(' ') + was.id);
            for (const auto dimension : dimensions::all()) {
                EXPECT_NE(now.dimension(dimension).text, was.dimension(dimension).text)
                    << qPrintable(language + QLatin1Char(' ') + was.id);
                // The articles' words stay the articles'.
                EXPECT_EQ(now.dimension(dimension).sources, was.dimension(dimension).sources);
            }
            for (qsizetype m = 0; m < was.misconceptions.size(); ++m) {
                EXPECT_NE(now.misconceptions.at(m).reality, was.misconceptions.at(m).reality);
            }
            for (qsizetype r = 0; r < was.responsibilities.size(); ++r) {
                EXPECT_NE(now.responsibilities.at(r).description,
                          was.responsibilities.at(r).description)
                    << qPrintable(language + QLatin1Char(' ') + was.responsibilities.at(r).id);
            }
        }
        // Our own sources speak the language; articles and reports keep their published titles.
        EXPECT_NE(translated->source(QStringLiteral("general-practice"))->title,
                  english->source(QStringLiteral("general-practice"))->title);
        EXPECT_EQ(translated->source(QStringLiteral("article-five-differences"))->title,
                  english->source(QStringLiteral("article-five-differences"))->title);
        for (qsizetype i = 0; i < english->disagreements().size(); ++i) {
            EXPECT_NE(translated->disagreements().at(i).topic,
                      english->disagreements().at(i).topic);
        }
        // What the catalog says of a reporting line, with the line's sources as they were.
        const auto lines = [](const Catalog &catalog) {
            QList<RoleLink> described;
            for (const auto &role : catalog.roles()) {
                for (const auto &link : role.supervises + role.reportsTo) {
                    if (link.isDescribed()) {
                        described.append(link);
                    }
                }
            }
            return described;
        };
        const QList<RoleLink> was = lines(english.value());
        const QList<RoleLink> now = lines(translated.value());
        ASSERT_EQ(now.size(), was.size());
        EXPECT_FALSE(was.isEmpty());
        for (qsizetype i = 0; i < was.size(); ++i) {
            EXPECT_NE(now.at(i).label, was.at(i).label) << qPrintable(language);
            EXPECT_EQ(now.at(i).condition.isEmpty(), was.at(i).condition.isEmpty());
            EXPECT_NE(now.at(i).condition,
                      was.at(i).condition.isEmpty() ? QStringLiteral("-") : was.at(i).condition);
            EXPECT_EQ(now.at(i).sources, was.at(i).sources);
        }
    }
}

// A reporting line's label and condition are translated like any statement, the entry matched
// by its role; its role and sources stay as the catalog file has them.
TEST(CatalogTranslation, TranslatesAReportingLinesLabelAndCondition)
{
    const QJsonObject described{
        {QStringLiteral("role"), QStringLiteral("worker")},
        {QStringLiteral("label"), QStringLiteral("Above it")},
        {QStringLiteral("condition"), QStringLiteral("In large teams")},
        {QStringLiteral("sources"),
         QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}};
    const QJsonObject catalog = withBossField(QStringLiteral("supervises"), QJsonArray{described});
    const QJsonObject german{{QStringLiteral("role"), QStringLiteral("worker")},
                             {QStringLiteral("label"), QStringLiteral("Darüber")},
                             {QStringLiteral("condition"), QStringLiteral("In großen Teams")}};
    const auto result = loadTranslated(
        withFirstRoleField(QStringLiteral("supervises"), QJsonArray{german}), catalog);
    ASSERT_TRUE(result.ok()) << qPrintable(messages(result).join(QLatin1Char('\n')));
    const RoleLink &line = result->role(QStringLiteral("boss"))->supervises.first();
    EXPECT_EQ(line.roleId, QStringLiteral("worker"));
    EXPECT_EQ(line.label, QStringLiteral("Darüber"));
    EXPECT_EQ(line.condition, QStringLiteral("In großen Teams"));
    EXPECT_EQ(line.sources.first().sourceId, QStringLiteral("gp"));

    QJsonObject unknown = german;
    unknown.insert(QStringLiteral("role"), QStringLiteral("janitor"));
    EXPECT_ERROR(
        loadTranslated(withFirstRoleField(QStringLiteral("supervises"), QJsonArray{unknown}),
                       catalog),
        "$.roles[0].supervises[0].role", "the catalog file has no entry \"janitor\"");
    QJsonObject withSources = german;
    withSources.insert(QStringLiteral("sources"), QJsonArray{});
    EXPECT_ERROR(
        loadTranslated(withFirstRoleField(QStringLiteral("supervises"), QJsonArray{withSources}),
                       catalog),
        "$.roles[0].supervises[0].sources", "is not translated");
    EXPECT_ERROR(
        loadTranslated(withFirstRoleField(QStringLiteral("supervises"), QJsonArray{}), catalog),
        "$.roles[0].supervises", "missing: the translation of \"worker\"");
}

} // namespace
} // namespace rolelens
