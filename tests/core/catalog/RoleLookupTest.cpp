#include "catalog/EditDistance.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;

TEST(EditDistance, CountsSingleCharacterEdits)
{
    EXPECT_EQ(editDistance(QStringLiteral("kitten"), QStringLiteral("sitting")), 3);
    EXPECT_EQ(editDistance(QString(), QStringLiteral("abc")), 3);
    EXPECT_EQ(editDistance(QStringLiteral("same"), QStringLiteral("same")), 0);
}

TEST(RoleLookup, ResolvesIdsAliasesAndTitlesIgnoringCase)
{
    const Catalog &catalog = builtInCatalog();
    EXPECT_EQ(catalog.resolveRoleId(QStringLiteral("community-manager")),
              QStringLiteral("community-manager"));
    EXPECT_EQ(catalog.resolveRoleId(QStringLiteral("smm")), QStringLiteral("social-media-manager"));
    EXPECT_EQ(catalog.resolveRoleId(QStringLiteral("CM")), QStringLiteral("community-manager"));
    EXPECT_EQ(catalog.resolveRoleId(QStringLiteral("Social Media Marketer")),
              QStringLiteral("social-media-marketer"));
    EXPECT_TRUE(catalog.resolveRoleId(QStringLiteral("astronaut")).isEmpty());
}

TEST(RoleLookup, SuggestsTheClosestIdsForATypo)
{
    const Catalog &catalog = builtInCatalog();
    EXPECT_EQ(catalog.closestRoleIds(QStringLiteral("social-media-manger")).first(),
              QStringLiteral("social-media-manager"));
    EXPECT_EQ(catalog.closestRoleIds(QStringLiteral("marketer")).first(),
              QStringLiteral("social-media-marketer"));
    EXPECT_EQ(catalog.closestRoleIds(QStringLiteral("influencer"), 1).size(), 1);
    EXPECT_EQ(catalog.closestRoleIds(QStringLiteral("x")).size(), 3);
}

TEST(RoleLookup, DisagreementsAreFoundByRole)
{
    const auto forManager =
        builtInCatalog().disagreementsFor(QStringLiteral("social-media-manager"));
    EXPECT_GE(forManager.size(), 4);
    const auto forAdmin =
        builtInCatalog().disagreementsFor(QStringLiteral("administrative-assistant"));
    EXPECT_TRUE(forAdmin.isEmpty());
}

} // namespace
} // namespace rolelens
