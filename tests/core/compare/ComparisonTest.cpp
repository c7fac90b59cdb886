#include "compare/Comparison.h"

#include "compare/Relation.h"
#include "support/BuiltInCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::builtInCatalog;

QStringList tags(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names) {
        list.append(QString::fromLatin1(name));
    }
    return list;
}

TEST(Relation, IsComputedFromTags)
{
    EXPECT_EQ(relations::between({tags({"a", "b"}), tags({"b", "a"})}), Relation::Same);
    EXPECT_EQ(relations::between({tags({"a", "b"}), tags({"b", "c"})}), Relation::Overlap);
    EXPECT_EQ(relations::between({tags({"a"}), tags({"b"})}), Relation::Different);
    EXPECT_EQ(relations::between({tags({"a"}), tags({"b"}), tags({"c", "a"})}), Relation::Overlap);
    EXPECT_EQ(relations::between({tags({"a"}), tags({"b"}), tags({"c"}), tags({"d"})}),
              Relation::Different);
    EXPECT_EQ(relations::between({tags({"a"}), tags({"a"}), tags({"a"})}), Relation::Same);
}

// With three or four roles one shared tag makes an "overlap" that hides a role standing apart.
TEST(Relation, NamesTheRolesThatStandApartInAnOverlapOfThreeOrMore)
{
    const QList<QStringList> sets{tags({"a", "b"}), tags({"b"}), tags({"c"})};
    EXPECT_EQ(relations::between(sets), Relation::Overlap);
    EXPECT_EQ(relations::apart(sets), QList<qsizetype>{2});
    const QStringList titles{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    EXPECT_EQ(relations::described(Relation::Overlap, sets, titles),
              QStringLiteral("overlap; apart: C"));
    // Two roles, or nobody apart: the plain relation.
    EXPECT_EQ(
        relations::described(Relation::Overlap, {tags({"a", "b"}), tags({"b"})}, titles.mid(0, 2)),
        QStringLiteral("overlap"));
    EXPECT_EQ(relations::described(Relation::Overlap, {tags({"a", "b"}), tags({"b"}), tags({"a"})},
                                   titles),
              QStringLiteral("overlap"));
    EXPECT_EQ(
        relations::described(Relation::Different, {tags({"a"}), tags({"b"}), tags({"c"})}, titles),
        QStringLiteral("different"));
}

TEST(SharedAndUnique, SplitsIdsAcrossRoles)
{
    const auto split = SharedAndUnique::of(
        tags({"r1", "r2", "r3"}), {tags({"x", "y", "z"}), tags({"x", "y"}), tags({"x", "w"})});
    EXPECT_EQ(split.shared, tags({"x"}));
    EXPECT_EQ(split.unique.value(QStringLiteral("r1")), tags({"z"}));
    EXPECT_TRUE(split.unique.value(QStringLiteral("r2")).isEmpty()); // y is also r1's
    EXPECT_EQ(split.unique.value(QStringLiteral("r3")), tags({"w"}));
}

TEST(Comparison, ManagerAgainstInfluencer)
{
    const auto result =
        Comparison::of(builtInCatalog(), tags({"social-media-manager", "social-media-influencer"}));
    ASSERT_TRUE(result.ok());
    const Comparison &comparison = result.value();
    ASSERT_EQ(comparison.rows.size(), dimensions::all().size());
    for (qsizetype i = 0; i < comparison.rows.size(); ++i) {
        const ComparisonRow &row = comparison.rows.at(i);
        EXPECT_EQ(row.dimension, dimensions::all().at(i));
        ASSERT_EQ(row.texts.size(), 2);
        EXPECT_EQ(row.texts.at(0), builtInCatalog()
                                       .role(QStringLiteral("social-media-manager"))
                                       ->dimension(row.dimension)
                                       .text);
        EXPECT_EQ(row.relation, relations::between(row.tags));
    }
    const auto relationOf = [&](Dimension dimension) {
        return comparison.rows.at(dimensions::all().indexOf(dimension)).relation;
    };
    EXPECT_EQ(relationOf(Dimension::Purpose), Relation::Different);
    EXPECT_EQ(relationOf(Dimension::Monetization), Relation::Different);
    EXPECT_EQ(relationOf(Dimension::TimeHorizon), Relation::Different);
    EXPECT_EQ(relationOf(Dimension::Focus), Relation::Overlap); // both create content
    EXPECT_TRUE(comparison.metrics.shared.contains(QStringLiteral("engagement-rate")));
    EXPECT_TRUE(comparison.metrics.shared.contains(QStringLiteral("follower-count")));
    EXPECT_TRUE(comparison.metrics.unique.value(QStringLiteral("social-media-manager"))
                    .contains(QStringLiteral("conversion-rate")));
    // Both create content, but each for its own channels: the brand's posts are not the
    // influencer's (000, 001), so no responsibility is shared.
    EXPECT_TRUE(comparison.responsibilities.shared.isEmpty());
}

TEST(Comparison, ManagerAgainstCommunityManagerShowsTheHierarchy)
{
    const auto result =
        Comparison::of(builtInCatalog(), tags({"social-media-manager", "community-manager"}));
    ASSERT_TRUE(result.ok());
    const auto &rows = result->rows;
    const auto row = [&](Dimension dimension) {
        return rows.at(dimensions::all().indexOf(dimension));
    };
    EXPECT_EQ(row(Dimension::DecisionLevel).relation, Relation::Different);
    // Both build community, but only the manager is charged with the brand's presence.
    EXPECT_EQ(row(Dimension::Purpose).relation, Relation::Overlap);
    EXPECT_EQ(row(Dimension::Hierarchy).relation, Relation::Overlap); // both team members
    EXPECT_TRUE(result->responsibilities.shared.contains(QStringLiteral("content-scheduling")));
}

// 002: "both positions are intertwined and aim at enhancing a brand's online presence, their
// focus, skills, and tactics vary significantly"; the time horizon is not theirs to differ on.
TEST(Comparison, ManagerAgainstMarketerSharesThePurposeAsArticle002Says)
{
    const auto result =
        Comparison::of(builtInCatalog(), tags({"social-media-manager", "social-media-marketer"}));
    ASSERT_TRUE(result.ok());
    const auto row = [&](Dimension dimension) {
        return result->rows.at(dimensions::all().indexOf(dimension));
    };
    EXPECT_EQ(row(Dimension::Purpose).relation, Relation::Overlap);
    EXPECT_NE(row(Dimension::TimeHorizon).relation, Relation::Different);
    EXPECT_TRUE(row(Dimension::Focus).texts.at(1).contains(QStringLiteral("focus differs")));
}

TEST(Comparison, FourRolesAreAligned)
{
    const auto result =
        Comparison::of(builtInCatalog(), tags({"social-media-manager", "social-media-influencer",
                                               "social-media-marketer", "community-manager"}));
    ASSERT_TRUE(result.ok());
    for (const auto &row : result->rows) {
        EXPECT_EQ(row.texts.size(), 4);
        EXPECT_EQ(row.tags.size(), 4);
    }
    EXPECT_EQ(result->metrics.unique.size(), 4);
}

TEST(Comparison, RejectsWrongSelections)
{
    const auto tooFew = Comparison::of(builtInCatalog(), tags({"social-media-manager"}));
    ASSERT_FALSE(tooFew.ok());
    EXPECT_TRUE(tooFew.errors().first().message.contains(QStringLiteral("2 to 4 roles, 1 given")));

    const auto tooMany = Comparison::of(
        builtInCatalog(), tags({"social-media-manager", "social-media-influencer",
                                "social-media-marketer", "community-manager", "website-manager"}));
    ASSERT_FALSE(tooMany.ok());
    EXPECT_TRUE(tooMany.errors().first().message.contains(QStringLiteral("5 given")));

    const auto unknown =
        Comparison::of(builtInCatalog(), tags({"social-media-manager", "influencer-manager"}));
    ASSERT_FALSE(unknown.ok());
    EXPECT_TRUE(unknown.errors().first().message.contains(
        QStringLiteral("unknown role \"influencer-manager\"")));

    const auto twice =
        Comparison::of(builtInCatalog(), tags({"community-manager", "community-manager"}));
    ASSERT_FALSE(twice.ok());
    EXPECT_TRUE(twice.errors().first().message.contains(QStringLiteral("given twice")));
}

} // namespace
} // namespace rolelens
