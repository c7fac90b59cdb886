// Searching the built-in catalog's roles as a user of the window does (issue 17): the words
// people type for a role find it, best first, and a typo gets a suggestion.
#include "catalog/SearchIndex.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"
#include "support/RankedRoles.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

namespace rolelens {
namespace {

const SearchIndex &index()
{
    static const SearchIndex built = SearchIndex::ofRoles(testing::builtInCatalog());
    return built;
}

// The ids of the matching roles, best first, as the role list shows them.
QStringList ranked(const QString &query)
{
    return testing::rankedRoles(index(), testing::builtInCatalog(), query);
}

TEST(RoleSearch, AdsFindsTheRolesThatRunAdvertising)
{
    for (const char *query : {"ads", "advertise", "advertisement", "Werbung", "Anzeigen"}) {
        const QStringList ids = ranked(QString::fromUtf8(query));
        EXPECT_TRUE(ids.contains(QStringLiteral("social-media-manager"))) << query;
        EXPECT_TRUE(ids.contains(QStringLiteral("social-media-marketer"))) << query;
        EXPECT_FALSE(ids.contains(QStringLiteral("administrative-assistant"))) << query;
    }
}

TEST(RoleSearch, FormsOfManageFindTheManagers)
{
    const QStringList managing = ranked(QStringLiteral("managing"));
    EXPECT_EQ(managing, ranked(QStringLiteral("manager")));
    EXPECT_EQ(managing, ranked(QStringLiteral("manage")));
    // Titles first: the three managers, then the aliases (marketing and PR manager).
    EXPECT_EQ(managing.mid(0, 3), (QStringList{QStringLiteral("social-media-manager"),
                                               QStringLiteral("community-manager"),
                                               QStringLiteral("website-manager")}));
    EXPECT_EQ(managing.mid(3, 2), (QStringList{QStringLiteral("marketing-strategist"),
                                               QStringLiteral("public-relations-specialist")}));
}

TEST(RoleSearch, TheRoleNamedByTheWordComesFirst)
{
    EXPECT_EQ(ranked(QStringLiteral("customer")).value(0),
              QStringLiteral("customer-service-specialist"));
    EXPECT_EQ(ranked(QStringLiteral("public")).value(0),
              QStringLiteral("public-relations-specialist"));
    EXPECT_EQ(ranked(QStringLiteral("PR")).value(0), QStringLiteral("public-relations-specialist"));
    EXPECT_EQ(ranked(QStringLiteral("Pressearbeit")).value(0),
              QStringLiteral("public-relations-specialist"));
    EXPECT_EQ(ranked(QStringLiteral("Kundenservice")).value(0),
              QStringLiteral("customer-service-specialist"));
    EXPECT_EQ(ranked(QStringLiteral("CS")).value(0), QStringLiteral("customer-service-specialist"));
    EXPECT_EQ(ranked(QStringLiteral("SMM")).value(0), QStringLiteral("social-media-manager"));
    EXPECT_EQ(ranked(QStringLiteral("CM")).value(0), QStringLiteral("community-manager"));
    EXPECT_EQ(ranked(QStringLiteral("SEO")).value(0), QStringLiteral("website-manager"));
    EXPECT_EQ(ranked(QStringLiteral("Influencer")).value(0),
              QStringLiteral("social-media-influencer"));
}

TEST(RoleSearch, ATypoGetsTheWordItMeant)
{
    EXPECT_TRUE(ranked(QStringLiteral("infuencer")).isEmpty());
    EXPECT_EQ(index().suggestion(QStringLiteral("infuencer")), QStringLiteral("influencer"));
    EXPECT_EQ(index().suggestion(QStringLiteral("comunity managr")),
              QStringLiteral("community manager"));
    EXPECT_EQ(index().suggestion(QStringLiteral("Werbng")), QStringLiteral("werbung"));
}

} // namespace
} // namespace rolelens
