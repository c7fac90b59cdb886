#include "fit/SelfCheck.h"

#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"
#include "support/RankedRoles.h"

#include <QSet>

#include <gtest/gtest.h>

// The self-check's ranking on the built-in catalog, against rankings worked out by hand from
// the skills each role lists (resources/catalog/03-*.json and 04-*.json): a role's points are
// 1 for each of its skills rated "some" and 2 for "strong", out of 2 for each skill it lists.
namespace rolelens {
namespace {

TEST(SelfCheck, EverySkillOfTheCatalogIsAskedOnceInTheOrderTheRolesListThem)
{
    const QList<Skill> skills = SelfCheck::skillsToRate(testing::builtInCatalog());
    QSet<QString> ids;
    for (const Skill &skill : skills) {
        ids.insert(skill.id);
        EXPECT_FALSE(skill.name.isEmpty()) << qPrintable(skill.id);
    }
    EXPECT_EQ(ids.size(), skills.size());
    EXPECT_EQ(skills.size(), 29);
    // The social media manager's eight first, then the influencer's new ones.
    EXPECT_EQ(skills.value(0).id, QStringLiteral("strategic-thinking"));
    EXPECT_EQ(skills.value(7).id, QStringLiteral("open-mindedness"));
    EXPECT_EQ(skills.value(8).id, QStringLiteral("niche-expertise"));
}

TEST(SelfCheck, AnAdvertisingAnalystFitsTheMarketerFirst)
{
    const QList<RoleFit> fits = SelfCheck::rank(
        testing::builtInCatalog(), {{{QStringLiteral("advertising-platforms"), SkillLevel::Strong},
                                     {QStringLiteral("data-analysis"), SkillLevel::Strong},
                                     {QStringLiteral("ab-testing"), SkillLevel::Some},
                                     {QStringLiteral("content-optimization"), SkillLevel::Some},
                                     {QStringLiteral("strategic-thinking"), SkillLevel::Some}},
                                    {}});
    // Marketer 7/12, strategist 3/10, website manager 2/8, manager 1/16; the rest 0, in the
    // catalog's order.
    EXPECT_EQ(testing::rankedRoles(fits),
              QStringList(
                  {QStringLiteral("social-media-marketer"), QStringLiteral("marketing-strategist"),
                   QStringLiteral("website-manager"), QStringLiteral("social-media-manager"),
                   QStringLiteral("social-media-influencer"), QStringLiteral("community-manager"),
                   QStringLiteral("public-relations-specialist"),
                   QStringLiteral("customer-service-specialist"),
                   QStringLiteral("administrative-assistant")}));
    const RoleFit &marketer = fits.first();
    EXPECT_EQ(marketer.points, 7);
    EXPECT_EQ(marketer.maxPoints, 12);
    EXPECT_DOUBLE_EQ(marketer.share(), 7.0 / 12.0);
    EXPECT_EQ(marketer.haveSkillIds,
              QStringList({QStringLiteral("advertising-platforms"), QStringLiteral("data-analysis"),
                           QStringLiteral("content-optimization"), QStringLiteral("ab-testing"),
                           QStringLiteral("strategic-thinking")}));
    EXPECT_EQ(marketer.toLearnSkillIds, QStringList({QStringLiteral("marketing-background")}));
}

TEST(SelfCheck, AWriterWhoListensFitsTheCommunityManagerFirst)
{
    const QList<RoleFit> fits = SelfCheck::rank(
        testing::builtInCatalog(), {{{QStringLiteral("communication"), SkillLevel::Strong},
                                     {QStringLiteral("empathy"), SkillLevel::Some},
                                     {QStringLiteral("writing"), SkillLevel::Some}},
                                    {}});
    // Community manager 4/10, PR 3/8, customer service 3/10, website 2/8, strategist and
    // assistant 2/10 (a tie, in the catalog's order), manager 2/16, then influencer and
    // marketer with nothing.
    EXPECT_EQ(
        testing::rankedRoles(fits),
        QStringList(
            {QStringLiteral("community-manager"), QStringLiteral("public-relations-specialist"),
             QStringLiteral("customer-service-specialist"), QStringLiteral("website-manager"),
             QStringLiteral("marketing-strategist"), QStringLiteral("administrative-assistant"),
             QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
             QStringLiteral("social-media-marketer")}));
    EXPECT_EQ(fits.first().toLearnSkillIds, QStringList({QStringLiteral("community-management"),
                                                         QStringLiteral("platform-knowledge")}));
}

TEST(SelfCheck, AtAnEqualShareMoreStrongSkillsRankHigher)
{
    const QList<RoleFit> fits = SelfCheck::rank(
        testing::builtInCatalog(), {{{QStringLiteral("strategic-thinking"), SkillLevel::Some},
                                     {QStringLiteral("analytical-thinking"), SkillLevel::Some},
                                     {QStringLiteral("organization"), SkillLevel::Strong}},
                                    {}});
    // Assistant 2/10 with one strong skill before strategist 2/10 with two "some", although
    // the catalog lists the strategist first; then manager 2/16 and marketer 1/12.
    EXPECT_EQ(
        testing::rankedRoles(fits).mid(0, 4),
        QStringList({QStringLiteral("administrative-assistant"),
                     QStringLiteral("marketing-strategist"), QStringLiteral("social-media-manager"),
                     QStringLiteral("social-media-marketer")}));
}

TEST(SelfCheck, WithNothingRatedEveryRoleHasEverythingToLearn)
{
    const Catalog &catalog = testing::builtInCatalog();
    const QList<RoleFit> fits = SelfCheck::rank(catalog, {});
    ASSERT_EQ(fits.size(), catalog.roles().size());
    for (qsizetype i = 0; i < fits.size(); ++i) {
        EXPECT_EQ(fits.at(i).roleId, catalog.roles().at(i).id);
        EXPECT_EQ(fits.at(i).share(), 0.0);
        EXPECT_TRUE(fits.at(i).haveSkillIds.isEmpty());
        EXPECT_EQ(fits.at(i).toLearnSkillIds.size(), catalog.roles().at(i).skills.size());
    }
}

} // namespace
} // namespace rolelens
