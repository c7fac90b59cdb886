#include "fit/SelfCheck.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"
#include "support/RankedRoles.h"

#include <gtest/gtest.h>

// The kinds of work in the self-check, on the built-in catalog, against rankings worked out by
// hand from resources/catalog/08-work-kinds.json (which tags show each side) and the roles'
// dimension tags in 03-*.json and 04-*.json. A preferred side is worth 2 points, out of 2,
// when one of the role's dimensions carries one of its tags.
namespace rolelens {
namespace {

const RoleFit &fitOf(const QList<RoleFit> &fits, const QString &roleId)
{
    static const RoleFit none;
    for (const RoleFit &fit : fits) {
        if (fit.roleId == roleId) {
            return fit;
        }
    }
    ADD_FAILURE() << "no fit for " << qPrintable(roleId);
    return none;
}

TEST(SelfCheckWorkKinds, TheCatalogDeclaresFourChoicesOfTwoSides)
{
    const Catalog &catalog = testing::builtInCatalog();
    QStringList sides;
    for (const WorkKind &kind : catalog.workKinds()) {
        ASSERT_EQ(kind.sides.size(), WorkKind::kSides) << qPrintable(kind.id);
        EXPECT_FALSE(kind.question.isEmpty());
        for (const WorkKind::Side &side : kind.sides) {
            sides.append(side.id);
        }
    }
    EXPECT_EQ(sides,
              QStringList({QStringLiteral("strategy"), QStringLiteral("execution"),
                           QStringLiteral("content"), QStringLiteral("conversation"),
                           QStringLiteral("numbers"), QStringLiteral("people"),
                           QStringLiteral("personal-brand"), QStringLiteral("brand-voice")}));
    EXPECT_EQ(catalog.workKindWithSide(QStringLiteral("people"))->id,
              QStringLiteral("numbers-or-people"));
    EXPECT_EQ(catalog.workKindWithSide(QStringLiteral("dancing")), nullptr);
}

TEST(SelfCheckWorkKinds, PreferringStrategyAndNumbersPutsTheStrategistFirst)
{
    const QList<RoleFit> fits =
        SelfCheck::rank(testing::builtInCatalog(),
                        {{},
                         {{QStringLiteral("strategy-or-execution"), QStringLiteral("strategy")},
                          {QStringLiteral("numbers-or-people"), QStringLiteral("numbers")}}});
    // Strategist 4/14 (focus strategy, analytics), marketer 4/16 (strategy, analytics), manager
    // 4/20 (strategy, analytics), PR 2/12 (decision level strategic, no numbers), then the rest
    // with nothing, in the catalog's order.
    EXPECT_EQ(
        testing::rankedRoles(fits),
        QStringList(
            {QStringLiteral("marketing-strategist"), QStringLiteral("social-media-marketer"),
             QStringLiteral("social-media-manager"), QStringLiteral("public-relations-specialist"),
             QStringLiteral("social-media-influencer"), QStringLiteral("community-manager"),
             QStringLiteral("website-manager"), QStringLiteral("customer-service-specialist"),
             QStringLiteral("administrative-assistant")}));
    const RoleFit &strategist = fits.first();
    EXPECT_EQ(strategist.points, 4);
    EXPECT_EQ(strategist.maxPoints, 14);
    const RoleFit &publicRelations = fitOf(fits, QStringLiteral("public-relations-specialist"));
    EXPECT_EQ(publicRelations.preferredSideIds, QStringList({QStringLiteral("strategy")}));
    EXPECT_EQ(publicRelations.otherSideIds, QStringList({QStringLiteral("numbers")}));
}

TEST(SelfCheckWorkKinds, SkillsAndPreferencesAddUp)
{
    const QList<RoleFit> fits = SelfCheck::rank(
        testing::builtInCatalog(),
        {{{QStringLiteral("creativity"), SkillLevel::Strong}},
         {{QStringLiteral("personal-brand-or-brand-voice"), QStringLiteral("personal-brand")},
          {QStringLiteral("content-or-conversation"), QStringLiteral("content")}}});
    // Influencer 2 + 2 + 2 of 14; manager 2 + 2 of 20 (creates content, no personal brand);
    // PR 2 of 12 and community manager 2 of 14 for content; the rest nothing.
    EXPECT_EQ(testing::rankedRoles(fits).mid(0, 5),
              QStringList({QStringLiteral("social-media-influencer"),
                           QStringLiteral("social-media-manager"),
                           QStringLiteral("public-relations-specialist"),
                           QStringLiteral("community-manager"),
                           QStringLiteral("social-media-marketer")}));
    const RoleFit &influencer = fits.first();
    EXPECT_EQ(influencer.points, 6);
    EXPECT_EQ(influencer.maxPoints, 14);
    // In the catalog's order of the choices, not the order they were given.
    EXPECT_EQ(influencer.preferredSideIds,
              QStringList({QStringLiteral("content"), QStringLiteral("personal-brand")}));
    const RoleFit &manager = fitOf(fits, QStringLiteral("social-media-manager"));
    EXPECT_EQ(manager.points, 4);
    EXPECT_EQ(manager.maxPoints, 20);
    EXPECT_EQ(manager.otherSideIds, QStringList({QStringLiteral("personal-brand")}));
}

TEST(SelfCheckWorkKinds, ThePreferenceForAnUnknownSideCountsForNothing)
{
    const Catalog &catalog = testing::builtInCatalog();
    const QList<RoleFit> plain = SelfCheck::rank(catalog, {});
    const QList<RoleFit> unknown = SelfCheck::rank(
        catalog, {{}, {{QStringLiteral("numbers-or-people"), QStringLiteral("dancing")}}});
    ASSERT_EQ(plain.size(), unknown.size());
    for (qsizetype i = 0; i < plain.size(); ++i) {
        EXPECT_EQ(unknown.at(i).maxPoints, plain.at(i).maxPoints);
        EXPECT_TRUE(unknown.at(i).otherSideIds.isEmpty());
    }
}

TEST(SelfCheckWorkKinds, TheEvidenceIsTheCitationsOfTheDimensionsThatShowIt)
{
    const Catalog &catalog = testing::builtInCatalog();
    const Role &influencer = *catalog.role(QStringLiteral("social-media-influencer"));
    const WorkKind::Side &personalBrand =
        *catalog.workKindWithSide(QStringLiteral("personal-brand"))
             ->side(QStringLiteral("personal-brand"));
    EXPECT_EQ(SelfCheck::evidence(influencer, personalBrand),
              influencer.dimension(Dimension::Purpose).sources);
    const Role &website = *catalog.role(QStringLiteral("website-manager"));
    EXPECT_FALSE(personalBrand.involves(website));
    EXPECT_TRUE(SelfCheck::evidence(website, personalBrand).isEmpty());
}

} // namespace
} // namespace rolelens
