#include "advisor/rules/HorizonRules.h"

#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"
#include "support/RuleFindings.h"

#include <gtest/gtest.h>

namespace rolelens {
namespace {

using testing::considering;
using testing::findingsOf;
using testing::FixtureCatalog;
using testing::quote;

// A builder who works long-term; a sprinter who acts at once and hands lasting work first to
// a helper (short-term), then to the builder; a second quick role after the sprinter; a role
// on both horizons; an echo artist, the only role for instant echoes, and an archivist, the
// only one for an archive, whose titles take "an"; a legacy no role serves.
const Catalog &fixture()
{
    static const Catalog catalog = [] {
        FixtureCatalog fixture;
        for (const char *metric :
             {"visibility", "fame", "presence", "community", "echoes", "archive", "legacy"}) {
            fixture.metric(QLatin1String(metric), QLatin1String(metric));
        }
        fixture.role(QStringLiteral("builder"), QStringLiteral("Brand builder"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("long-term")})
            .primary(QStringLiteral("presence"), 4)
            .primary(QStringLiteral("community"), 4);
        fixture.role(QStringLiteral("sprinter"), QStringLiteral("Sprinter"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("immediate")})
            .primary(QStringLiteral("visibility"), 5)
            .exclusion(QStringLiteral("Keeping the page tidy"), QStringLiteral("helper"))
            .exclusion(QStringLiteral("Building a lasting following"), QStringLiteral("builder"));
        fixture.role(QStringLiteral("flash"), QStringLiteral("Flash"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("immediate")})
            .primary(QStringLiteral("visibility"), 5);
        fixture.role(QStringLiteral("helper"), QStringLiteral("Helper"));
        fixture.role(QStringLiteral("all-rounder"), QStringLiteral("All-rounder"))
            .dimension(Dimension::TimeHorizon,
                       {QStringLiteral("immediate"), QStringLiteral("long-term")});
        fixture.role(QStringLiteral("echo"), QStringLiteral("Echo artist"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("immediate")})
            .primary(QStringLiteral("echoes"), 5);
        fixture.role(QStringLiteral("archivist"), QStringLiteral("Archivist"))
            .dimension(Dimension::TimeHorizon, {QStringLiteral("long-term")})
            .primary(QStringLiteral("archive"), 5);

        const auto goal = [&](const char *id, const char *label, const char *metric,
                              const QString &horizon) {
            Goal &added = fixture.goal(QLatin1String(id), QLatin1String(label));
            added.metrics = {QLatin1String(metric)};
            added.horizon = horizon;
        };
        goal("launch", "Visibility at launch", "visibility", QStringLiteral("immediate"));
        goal("instant-fame", "Instant fame", "fame", QStringLiteral("immediate"));
        goal("presence", "A lasting presence", "presence", QStringLiteral("long-term"));
        goal("community", "An engaged community", "community", QStringLiteral("long-term"));
        goal("echoes", "Instant echoes", "echoes", QStringLiteral("immediate"));
        goal("archive", "An archive", "archive", QStringLiteral("long-term"));
        goal("legacy", "A legacy", "legacy", QStringLiteral("long-term"));
        return fixture.build();
    }();
    return catalog;
}

QList<Advice::Finding> findings(const char *roleId, const QStringList &goals)
{
    Scenario scenario = considering(QLatin1String(roleId));
    scenario.goals = goals;
    return findingsOf<HorizonRules>(fixture(), scenario);
}

TEST(HorizonRules, RightAwayFromALongTermRoleNamesTheFirstRoleServingIt)
{
    const auto found = findings("builder", {QStringLiteral("presence"), QStringLiteral("launch")});
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.id, QStringLiteral("immediate-visibility-needs-influencer"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("launch"));
    EXPECT_EQ(finding.message,
              QStringLiteral("You want visibility at launch, but the brand builder builds over "
                             "the long term."));
    EXPECT_EQ(finding.explanation, QStringLiteral("builder: timeHorizon"));
    // The sprinter comes before the flash in the catalog.
    EXPECT_EQ(finding.suggestion,
              QStringLiteral("For what you need right away, work with a sprinter on a short "
                             "campaign; judge the brand builder on what builds over months."));
    EXPECT_EQ(finding.sources,
              (Citations{quote("builder: timeHorizon"), quote("sprinter: visibility")}));
}

TEST(HorizonRules, EachGoalWantedRightAwayIsAFindingOfItsOwn)
{
    const auto found =
        findings("builder", {QStringLiteral("instant-fame"), QStringLiteral("launch")});
    ASSERT_EQ(found.size(), 2);
    EXPECT_EQ(found.at(0).subject, QStringLiteral("instant-fame"));
    EXPECT_EQ(found.at(1).subject, QStringLiteral("launch"));
    // No role serves instant fame: only the builder's own horizon is cited, and the
    // suggestion says what to do without one.
    EXPECT_EQ(found.at(0).sources, Citations{quote("builder: timeHorizon")});
    EXPECT_EQ(found.at(0).suggestion,
              QStringLiteral("No role in the catalog is described as delivering this right away: "
                             "plan for the brand builder's results to build over months, and "
                             "judge the role on them."));
}

TEST(HorizonRules, TheRoleNamedRightAwayTakesTheArticleItsTitleNeeds)
{
    const auto found = findings("builder", {QStringLiteral("echoes")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().suggestion,
              QStringLiteral("For what you need right away, work with an echo artist on a short "
                             "campaign; judge the brand builder on what builds over months."));
    EXPECT_EQ(found.first().sources,
              (Citations{quote("builder: timeHorizon"), quote("echo: echoes")}));
}

TEST(HorizonRules, LongTermGoalsOfAQuickRoleMakeOneFindingNamingWhoBuildsLasting)
{
    const auto found = findings("sprinter", {QStringLiteral("presence"), QStringLiteral("launch"),
                                             QStringLiteral("community")});
    ASSERT_EQ(found.size(), 1);
    const Advice::Finding &finding = found.first();
    EXPECT_EQ(finding.id, QStringLiteral("influencer-for-long-term-presence"));
    EXPECT_EQ(finding.severity, Advice::Severity::Warning);
    EXPECT_EQ(finding.subject, QStringLiteral("sprinter"));
    // Nothing about campaigns: the role need not work by campaign at all.
    EXPECT_EQ(finding.message,
              QStringLiteral("The sprinter is considered for a lasting presence and an engaged "
                             "community, which take months; the catalog describes the role's "
                             "work as immediate rather than long-term."));
    EXPECT_EQ(finding.explanation, QStringLiteral("sprinter: timeHorizon"));
    // The first exclusion handing work to a role that serves a goal over months: the
    // helper's is passed over.
    EXPECT_EQ(finding.suggestion,
              QStringLiteral("Use the sprinter for what it delivers in the short term; for a "
                             "lasting presence and an engaged community, hire a brand builder."));
    EXPECT_EQ(finding.sources,
              (Citations{quote("sprinter: timeHorizon"), quote("sprinter: not builder")}));
}

TEST(HorizonRules, ThreeLongTermGoalsReadAsOneListAndTheSuggestionNamesWhatItCovers)
{
    const auto found =
        findings("sprinter", {QStringLiteral("presence"), QStringLiteral("community"),
                              QStringLiteral("archive")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_TRUE(found.first().message.startsWith(
        QStringLiteral("The sprinter is considered for a lasting presence, an engaged community "
                       "and an archive, which take months;")))
        << qPrintable(found.first().message);
    // The brand builder serves two of the three; the archive is not promised to it.
    EXPECT_EQ(found.first().suggestion,
              QStringLiteral("Use the sprinter for what it delivers in the short term; for a "
                             "lasting presence and an engaged community, hire a brand builder."));
}

TEST(HorizonRules, WithoutAnExclusionALongTermGoalNamesARoleServingIt)
{
    // The flash hands nothing on: the archivist, who serves the archive over months, is named
    // with what its entry cites for it, and only for the goal it serves.
    const auto found = findings("flash", {QStringLiteral("legacy"), QStringLiteral("archive")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().suggestion,
              QStringLiteral("Use the flash for what it delivers in the short term; for an "
                             "archive, hire an archivist."));
    EXPECT_EQ(found.first().sources,
              (Citations{quote("flash: timeHorizon"), quote("archivist: archive")}));
}

TEST(HorizonRules, ALongTermGoalNoRoleServesStillGetsASuggestion)
{
    const auto found = findings("flash", {QStringLiteral("legacy")});
    ASSERT_EQ(found.size(), 1);
    EXPECT_EQ(found.first().suggestion,
              QStringLiteral("Use the flash for what it delivers in the short term, and agree how "
                             "a legacy will be built and measured: no role in the catalog is "
                             "described as serving it over the long term."));
    EXPECT_EQ(found.first().sources, Citations{quote("flash: timeHorizon")});
}

TEST(HorizonRules, ARoleOnBothHorizonsOrNeitherHasNoTimingFinding)
{
    const QStringList goals{QStringLiteral("launch"), QStringLiteral("presence"),
                            QStringLiteral("instant-fame")};
    EXPECT_TRUE(findings("all-rounder", goals).isEmpty());
    EXPECT_TRUE(findings("helper", goals).isEmpty());
    // Goals on the role's own horizon.
    EXPECT_TRUE(findings("builder", {QStringLiteral("presence")}).isEmpty());
    EXPECT_TRUE(findings("sprinter", {QStringLiteral("launch")}).isEmpty());
}

} // namespace
} // namespace rolelens
