#include "map/RoleMap.h"

#include "support/BuiltInCatalog.h"
#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"

#include <QSet>

#include <gtest/gtest.h>

// The map's graph against the catalog's relations, worked out here straight from the
// catalog's lists rather than through the code under test.
namespace rolelens {
namespace {

using testing::builtInCatalog;
using testing::FixtureCatalog;

QString key(MapEdge::Kind kind, const QString &a, const QString &b)
{
    static const QStringList names{QStringLiteral("reports"), QStringLiteral("handled"),
                                   QStringLiteral("disagree")};
    return names.at(static_cast<int>(kind)) + QLatin1Char(' ') + a + QStringLiteral(" > ") + b;
}

// A disagreement's pair without an order: the two ids sorted.
QString pairKey(const QString &a, const QString &b)
{
    return key(MapEdge::Kind::Disagreement, std::min(a, b), std::max(a, b));
}

QSet<QString> expectedEdges(const Catalog &catalog)
{
    QSet<QString> edges;
    for (const auto &role : catalog.roles()) {
        for (const auto &link : role.supervises) {
            edges.insert(key(MapEdge::Kind::ReportsTo, role.id, link.roleId));
        }
        for (const auto &link : role.reportsTo) {
            edges.insert(key(MapEdge::Kind::ReportsTo, link.roleId, role.id));
        }
        for (const auto &exclusion : role.notResponsibleFor) {
            edges.insert(key(MapEdge::Kind::HandledBy, role.id, exclusion.handledBy));
        }
    }
    // The pairs a disagreement's positions name together, among the disagreement's own roles;
    // when no position names roles, every pair of them.
    for (const auto &disagreement : catalog.disagreements()) {
        QList<QStringList> groups;
        for (const auto &position : disagreement.positions) {
            QStringList named = position.roleIds;
            named.removeIf([&](const QString &id) { return !disagreement.roleIds.contains(id); });
            if (!named.isEmpty()) {
                groups.append(named);
            }
        }
        if (groups.isEmpty()) {
            groups.append(disagreement.roleIds);
        }
        for (const auto &group : groups) {
            for (const auto &a : group) {
                for (const auto &b : group) {
                    if (a != b) {
                        edges.insert(pairKey(a, b));
                    }
                }
            }
        }
    }
    return edges;
}

QSet<QString> mapEdges(const RoleMap &map)
{
    QSet<QString> edges;
    for (const auto &edge : map.edges()) {
        edges.insert(edge.kind == MapEdge::Kind::Disagreement ? pairKey(edge.from, edge.to)
                                                              : key(edge.kind, edge.from, edge.to));
    }
    return edges;
}

void expectMapMatchesCatalog(const Catalog &catalog)
{
    const RoleMap map = RoleMap::build(catalog);
    ASSERT_EQ(map.nodes().size(), catalog.roles().size());
    for (qsizetype i = 0; i < map.nodes().size(); ++i) {
        EXPECT_EQ(map.nodes().at(i).roleId, catalog.roles().at(i).id);
        EXPECT_EQ(map.nodes().at(i).title, catalog.roles().at(i).title);
        EXPECT_EQ(map.nodeIndex(catalog.roles().at(i).id), i);
    }
    const QSet<QString> drawn = mapEdges(map);
    EXPECT_EQ(drawn, expectedEdges(catalog));
    EXPECT_EQ(drawn.size(), map.edges().size()) << "an edge is drawn twice";

    // Every task one role leaves to another is in the tooltip of their edge, with its sources.
    for (const auto &role : catalog.roles()) {
        for (const auto &exclusion : role.notResponsibleFor) {
            bool found = false;
            for (const auto &edge : map.edges()) {
                if (edge.kind == MapEdge::Kind::HandledBy && edge.from == role.id &&
                    edge.to == exclusion.handledBy) {
                    found = edge.notes.contains(
                        MapEdge::Note{QString(), exclusion.task, exclusion.sources});
                }
            }
            EXPECT_TRUE(found) << qPrintable(exclusion.task);
        }
    }
    // Every position of a disagreement, under its topic, on each of its pairs.
    for (const auto &disagreement : catalog.disagreements()) {
        const QString a = disagreement.roleIds.first();
        const QString b = disagreement.roleIds.last();
        for (const auto &edge : map.edges()) {
            if (edge.kind == MapEdge::Kind::Disagreement &&
                pairKey(edge.from, edge.to) == pairKey(a, b)) {
                for (const auto &position : disagreement.positions) {
                    EXPECT_TRUE(edge.notes.contains(
                        MapEdge::Note{disagreement.topic, position.view, position.sources}))
                        << qPrintable(position.view);
                }
            }
        }
    }
}

TEST(RoleMap, BuiltInCatalogNodesAndEdgesAreTheCatalogsRolesAndRelations)
{
    expectMapMatchesCatalog(builtInCatalog());
}

// "One hire for the website, the press, support and admin too" is warned against: that does
// not make the website manager and the PR specialist a pair the articles disagree about.
TEST(RoleMap, ADisagreementLinksOnlyTheRolesItsQuestionIsAbout)
{
    const RoleMap map = RoleMap::build(builtInCatalog());
    QSet<QString> pairs;
    for (const auto &edge : map.edges()) {
        if (edge.kind == MapEdge::Kind::Disagreement) {
            pairs.insert(pairKey(edge.from, edge.to));
        }
    }
    EXPECT_TRUE(pairs.contains(
        pairKey(QStringLiteral("social-media-manager"), QStringLiteral("community-manager"))));
    EXPECT_TRUE(pairs.contains(
        pairKey(QStringLiteral("social-media-manager"), QStringLiteral("social-media-marketer"))));
    EXPECT_FALSE(pairs.contains(
        pairKey(QStringLiteral("website-manager"), QStringLiteral("public-relations-specialist"))));
    EXPECT_FALSE(pairs.contains(pairKey(QStringLiteral("customer-service-specialist"),
                                        QStringLiteral("administrative-assistant"))));
    // No position of the one-hire question names the marketer with the community manager.
    EXPECT_FALSE(pairs.contains(
        pairKey(QStringLiteral("social-media-marketer"), QStringLiteral("community-manager"))));
}

TEST(RoleMap, TranslatedCatalogKeepsTheGraphWithTranslatedTitles)
{
    const Catalog german = testing::builtInCatalogIn(QStringLiteral("de"));
    expectMapMatchesCatalog(german);
    const RoleMap map = RoleMap::build(german);
    EXPECT_EQ(map.nodes().at(map.nodeIndex(QStringLiteral("marketing-strategist"))).title,
              german.role(QStringLiteral("marketing-strategist"))->title);
}

TEST(RoleMap, BuiltInReportingLinesCarryTheCatalogsLabelsAndConditions)
{
    const RoleMap map = RoleMap::build(builtInCatalog());
    const Role *manager = builtInCatalog().role(QStringLiteral("social-media-manager"));
    ASSERT_NE(manager, nullptr);
    const RoleLink &line = manager->supervises.first();
    bool found = false;
    for (const auto &edge : map.edges()) {
        if (edge.kind == MapEdge::Kind::ReportsTo && edge.from == manager->id &&
            edge.to == QStringLiteral("community-manager")) {
            found = true;
            EXPECT_EQ(edge.label, line.label);
            EXPECT_EQ(edge.condition, line.condition);
            ASSERT_EQ(edge.notes.size(), 1);
            EXPECT_EQ(edge.notes.first().sources, line.sources);
            EXPECT_TRUE(edge.notes.first().text.contains(line.condition));
        }
    }
    EXPECT_TRUE(found);
}

TEST(RoleMap, FixtureCatalogGivesExactlyItsRelations)
{
    FixtureCatalog fixture;
    fixture.role(QStringLiteral("boss"), QStringLiteral("Boss"))
        .supervises(QStringLiteral("worker"), QStringLiteral("Leads it"),
                    QStringLiteral("In large teams"));
    fixture.role(QStringLiteral("worker"), QStringLiteral("Worker"))
        .reportsTo(QStringLiteral("boss"))
        .exclusion(QStringLiteral("Fixing the site"), QStringLiteral("helper"))
        .exclusion(QStringLiteral("Answering the phone"), QStringLiteral("helper"))
        .exclusion(QStringLiteral("Setting the budget"), QStringLiteral("boss"));
    fixture.role(QStringLiteral("helper"), QStringLiteral("Helper"));
    fixture.role(QStringLiteral("outsider"), QStringLiteral("Outsider"));
    fixture.disagreement(
        QStringLiteral("who-leads"),
        {QStringLiteral("boss"), QStringLiteral("worker"), QStringLiteral("helper")},
        {QStringLiteral("one view"), QStringLiteral("another view")});
    const Catalog catalog = fixture.build();
    expectMapMatchesCatalog(catalog);

    const RoleMap map = RoleMap::build(catalog);
    EXPECT_EQ(mapEdges(map),
              (QSet<QString>{
                  key(MapEdge::Kind::ReportsTo, QStringLiteral("boss"), QStringLiteral("worker")),
                  key(MapEdge::Kind::HandledBy, QStringLiteral("worker"), QStringLiteral("helper")),
                  key(MapEdge::Kind::HandledBy, QStringLiteral("worker"), QStringLiteral("boss")),
                  pairKey(QStringLiteral("boss"), QStringLiteral("worker")),
                  pairKey(QStringLiteral("boss"), QStringLiteral("helper")),
                  pairKey(QStringLiteral("worker"), QStringLiteral("helper"))}));
    for (const auto &edge : map.edges()) {
        if (edge.kind == MapEdge::Kind::ReportsTo) {
            EXPECT_EQ(edge.label, QStringLiteral("Leads it"));
            EXPECT_EQ(edge.condition, QStringLiteral("In large teams"));
        } else if (edge.kind == MapEdge::Kind::HandledBy && edge.to == QStringLiteral("helper")) {
            ASSERT_EQ(edge.notes.size(), 2); // one edge for the pair, a note per task
            EXPECT_EQ(edge.notes.at(0).text, QStringLiteral("Fixing the site"));
            EXPECT_EQ(edge.notes.at(1).text, QStringLiteral("Answering the phone"));
            EXPECT_FALSE(edge.notes.at(0).sources.isEmpty());
        } else if (edge.kind == MapEdge::Kind::Disagreement) {
            ASSERT_EQ(edge.notes.size(), 2);
            EXPECT_EQ(edge.notes.at(0).topic, QStringLiteral("who-leads?"));
        }
    }
    EXPECT_TRUE(map.edgesOf(QStringLiteral("outsider")).isEmpty());
    EXPECT_EQ(map.edgesOf(QStringLiteral("helper")).size(), 3);
}

} // namespace
} // namespace rolelens
