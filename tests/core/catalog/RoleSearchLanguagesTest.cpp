// Searching the built-in catalog in Spanish and French as its users do: the words they type
// for a role find it first, in their language's catalog and in the English one, with or
// without accents, in any form.
#include "catalog/CatalogLoader.h"
#include "catalog/SearchIndex.h"
#include "support/QtPrinters.h"
#include "support/RankedRoles.h"

#include <gtest/gtest.h>

#include <map>
#include <numeric>

namespace rolelens {
namespace {

struct Searchable {
    Catalog catalog;
    SearchIndex index;
};

// The built-in catalog read in `language` (CatalogLoader::setLanguage; nothing global
// changes, so no other test sees it), and its index: built once per language.
const Searchable &inLanguage(const QString &language)
{
    static std::map<QString, Searchable> loaded;
    auto found = loaded.find(language);
    if (found == loaded.end()) {
        CatalogLoader loader;
        loader.setLanguage(language);
        loader.addBuiltIn();
        auto result = loader.finish();
        EXPECT_TRUE(result.ok()) << qPrintable(language);
        Catalog catalog = result.ok() ? std::move(result).value() : Catalog();
        SearchIndex index = SearchIndex::ofRoles(catalog);
        found = loaded.emplace(language, Searchable{std::move(catalog), std::move(index)}).first;
    }
    return found->second;
}

// The ids of the matching roles, best first, as the role list shows them.
QStringList ranked(const char *language, const char *query)
{
    const Searchable &searchable = inLanguage(QString::fromLatin1(language));
    return testing::rankedRoles(searchable.index, searchable.catalog, QString::fromUtf8(query));
}

const QString kMarketer = QStringLiteral("social-media-marketer");
const QString kManager = QStringLiteral("social-media-manager");
const QString kCommunity = QStringLiteral("community-manager");
const QString kPress = QStringLiteral("public-relations-specialist");
const QString kCustomers = QStringLiteral("customer-service-specialist");
const QString kAssistant = QStringLiteral("administrative-assistant");

TEST(RoleSearchLanguages, TheCatalogIsReadInEachLanguage)
{
    EXPECT_EQ(inLanguage(QStringLiteral("es")).catalog.role(kPress)->title,
              QStringLiteral("Especialista en relaciones públicas"));
    EXPECT_EQ(inLanguage(QStringLiteral("fr")).catalog.role(kCustomers)->title,
              QStringLiteral("Spécialiste du service client"));
}

// The paid-social specialist runs the ads, the social media manager has them among many
// tasks: as "ads" ranks them in English.
TEST(RoleSearchLanguages, AdvertisingFindsTheMarketerThenTheManager)
{
    for (const char *language : {"es", "fr", "en"}) {
        for (const char *query : {"publicidad", "anuncios", "anuncio", "publicité", "publicite",
                                  "annonces", "annonce", "ads"}) {
            const QStringList ids = ranked(language, query);
            EXPECT_EQ(ids.mid(0, 2), (QStringList{kMarketer, kManager}))
                << language << ' ' << query << ": " << qPrintable(ids.join(QLatin1Char(' ')));
            EXPECT_FALSE(ids.contains(kAssistant)) << language << ' ' << query;
        }
    }
}

TEST(RoleSearchLanguages, PressFindsThePublicRelationsSpecialistFirst)
{
    for (const char *language : {"es", "fr", "en"}) {
        for (const char *query :
             {"prensa", "presse", "relaciones públicas", "relaciones publicas",
              "relations publiques", "relations presse", "attaché de presse", "attachee de presse",
              "RRPP", "RP", "comunicado de prensa", "communiqué de presse"}) {
            EXPECT_EQ(ranked(language, query).value(0), kPress) << language << ' ' << query;
        }
    }
}

TEST(RoleSearchLanguages, CommunityFindsTheCommunityManagerFirst)
{
    for (const char *language : {"es", "fr", "en"}) {
        for (const char *query :
             {"comunidad", "comunidades", "communauté", "communaute", "communautés",
              "gestor de comunidades", "gestionnaire de communauté", "animatrice de communauté"}) {
            EXPECT_EQ(ranked(language, query).value(0), kCommunity) << language << ' ' << query;
        }
    }
}

TEST(RoleSearchLanguages, CustomerServiceFindsItsSpecialistFirst)
{
    for (const char *language : {"es", "fr", "en"}) {
        for (const char *query :
             {"service client", "Service Client", "service clientèle", "SAV", "service après-vente",
              "atención al cliente", "atencion al cliente", "servicio al cliente", "SAC", "quejas",
              "réclamations"}) {
            EXPECT_EQ(ranked(language, query).value(0), kCustomers) << language << ' ' << query;
        }
    }
}

TEST(RoleSearchLanguages, OtherRolesByTheirEverydayNames)
{
    const std::pair<const char *, const char *> expected[] = {
        {"redes sociales", "social-media-"},
        {"réseaux sociaux", "social-media-"},
        {"influenceuse", "social-media-influencer"},
        {"creadora de contenido", "social-media-influencer"},
        {"créatrice de contenus", "social-media-influencer"},
        {"sitio web", "website-manager"},
        {"pagina web", "website-manager"},
        {"site internet", "website-manager"},
        {"référencement", "website-manager"},
        {"posicionamiento web", "website-manager"},
        {"secretaria", "administrative-assistant"},
        {"secrétaire", "administrative-assistant"},
        {"asistente virtual", "administrative-assistant"},
        {"assistante virtuelle", "administrative-assistant"},
        {"directora de marketing", "marketing-strategist"},
        {"directeur marketing", "marketing-strategist"},
        {"gestor de redes sociales", "social-media-manager"},
        {"responsable réseaux sociaux", "social-media-manager"},
    };
    for (const char *language : {"es", "fr", "en"}) {
        for (const auto &[query, id] : expected) {
            EXPECT_TRUE(ranked(language, query).value(0).startsWith(QString::fromLatin1(id)))
                << language << ' ' << query << ": "
                << qPrintable(ranked(language, query).join(QLatin1Char(' ')));
        }
    }
}

// Typed with or without accents, singular or plural: the same roles in the same order.
TEST(RoleSearchLanguages, AccentsAndFormsDoNotChangeTheResult)
{
    const std::pair<const char *, const char *> same[] = {
        {"publicité", "publicite"},
        {"publicité", "publicités"},
        {"communauté", "communaute"},
        {"annonce", "annonces"},
        {"anuncio", "anuncios"},
        {"comunidad", "comunidades"},
        {"réseau social", "réseaux sociaux"},
        {"campaña", "campana"},
        {"campaña", "campañas"},
        {"relación", "relaciones"},
        {"œuvre", "oeuvre"},
        {"façonner", "faconner"},
        {"problème", "probleme"},
        {"stratège", "stratege"},
    };
    for (const char *language : {"es", "fr"}) {
        for (const auto &[one, other] : same) {
            EXPECT_EQ(ranked(language, one), ranked(language, other))
                << language << ' ' << one << " / " << other;
        }
    }
    // ...and what is found is there: the text's own words, not only the table's.
    for (const char *query : {"reseaux sociaux", "oeuvre", "faconner", "probleme", "stratege"}) {
        EXPECT_FALSE(ranked("fr", query).isEmpty()) << query;
    }
    for (const char *query : {"campana", "relacion", "atencion"}) {
        EXPECT_FALSE(ranked("es", query).isEmpty()) << query;
    }
}

// An English or German word finds the role in the Spanish and French catalogs as well
// (RoleSearchTest holds the English catalog's own rankings).
TEST(RoleSearchLanguages, EnglishWordsFindTheRolesInEveryLanguage)
{
    for (const char *language : {"es", "fr"}) {
        EXPECT_EQ(ranked(language, "PR").value(0), kPress) << language;
        EXPECT_EQ(ranked(language, "customer service").value(0), kCustomers) << language;
        EXPECT_EQ(ranked(language, "community").value(0), kCommunity) << language;
        EXPECT_EQ(ranked(language, "SEO").value(0), QStringLiteral("website-manager")) << language;
        EXPECT_EQ(ranked(language, "Werbung").mid(0, 2), (QStringList{kMarketer, kManager}))
            << language;
    }
}

TEST(RoleSearchLanguages, ATypoGetsTheWordItMeantWithItsAccents)
{
    EXPECT_TRUE(ranked("fr", "publicté").isEmpty());
    EXPECT_EQ(inLanguage(QStringLiteral("fr")).index.suggestion(QStringLiteral("publicte")),
              QStringLiteral("publicité"));
    EXPECT_EQ(inLanguage(QStringLiteral("es")).index.suggestion(QStringLiteral("comunidd")),
              QStringLiteral("comunidad"));
}

} // namespace
} // namespace rolelens
