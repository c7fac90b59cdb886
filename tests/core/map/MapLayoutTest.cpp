#include "map/MapLayout.h"

#include "support/BuiltInCatalog.h"
#include "support/CatalogGenerator.h"
#include "support/FixtureCatalog.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

// The layout's promises: no two nodes overlap, no label covers a node or another label,
// supervisors sit above the roles they supervise, and the same input gives the same places.
namespace rolelens {
namespace {

// Sizes as the window measures them, roughly: wider for longer titles, a label per line.
QList<QSizeF> nodeSizes(const RoleMap &map)
{
    QList<QSizeF> sizes;
    for (const auto &node : map.nodes()) {
        const double width = std::min(200.0, 40.0 + 7.0 * static_cast<double>(node.title.size()));
        sizes.append(QSizeF(width, width >= 200.0 ? 60.0 : 40.0));
    }
    return sizes;
}

QList<QSizeF> labelSizes(const RoleMap &map)
{
    QList<QSizeF> sizes;
    for (const auto &edge : map.edges()) {
        sizes.append(edge.hasLabel() ? QSizeF(220, 54) : QSizeF());
    }
    return sizes;
}

void expectReadable(const RoleMap &map, const MapLayout &layout)
{
    const auto &nodes = layout.nodeRects();
    ASSERT_EQ(nodes.size(), map.nodes().size());
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        EXPECT_FALSE(nodes.at(i).isEmpty());
        EXPECT_TRUE(layout.bounds().contains(nodes.at(i)));
        for (qsizetype j = i + 1; j < nodes.size(); ++j) {
            EXPECT_FALSE(nodes.at(i).intersects(nodes.at(j)))
                << qPrintable(map.nodes().at(i).roleId) << " overlaps "
                << qPrintable(map.nodes().at(j).roleId);
        }
    }
    const auto &labels = layout.labelRects();
    ASSERT_EQ(labels.size(), map.edges().size());
    for (qsizetype e = 0; e < labels.size(); ++e) {
        const MapEdge &edge = map.edges().at(e);
        EXPECT_EQ(labels.at(e).isNull(), !edge.hasLabel());
        if (edge.kind == MapEdge::Kind::ReportsTo) {
            EXPECT_LT(layout.rows().at(map.nodeIndex(edge.from)),
                      layout.rows().at(map.nodeIndex(edge.to)))
                << qPrintable(edge.from) << " is not above " << qPrintable(edge.to);
        }
        if (labels.at(e).isNull()) {
            continue;
        }
        for (const auto &node : nodes) {
            EXPECT_FALSE(labels.at(e).intersects(node)) << "a label covers a node";
        }
        for (qsizetype other = e + 1; other < labels.size(); ++other) {
            EXPECT_FALSE(!labels.at(other).isNull() && labels.at(e).intersects(labels.at(other)))
                << "two labels overlap";
        }
    }
}

void expectDeterministic(const RoleMap &map)
{
    const MapLayout first = MapLayout::compute(map, nodeSizes(map), labelSizes(map));
    const MapLayout second = MapLayout::compute(map, nodeSizes(map), labelSizes(map));
    EXPECT_EQ(first.nodeRects(), second.nodeRects());
    EXPECT_EQ(first.labelRects(), second.labelRects());
}

TEST(MapLayout, BuiltInCatalogIsLaidOutWithoutOverlaps)
{
    const RoleMap map = RoleMap::build(testing::builtInCatalog());
    const MapLayout layout = MapLayout::compute(map, nodeSizes(map), labelSizes(map));
    expectReadable(map, layout);
    expectDeterministic(map);
    // Manager and strategist on top, then community manager and marketer below them, then the
    // roles no reporting line links.
    EXPECT_EQ(layout.rows().at(map.nodeIndex(QStringLiteral("social-media-manager"))), 0);
    EXPECT_EQ(layout.rows().at(map.nodeIndex(QStringLiteral("marketing-strategist"))), 0);
    EXPECT_EQ(layout.rows().at(map.nodeIndex(QStringLiteral("community-manager"))), 1);
    EXPECT_EQ(layout.rows().at(map.nodeIndex(QStringLiteral("social-media-marketer"))), 1);
    EXPECT_EQ(layout.rows().at(map.nodeIndex(QStringLiteral("website-manager"))), 2);
}

TEST(MapLayout, TwentyAndMoreGeneratedRolesAreLaidOutWithoutOverlaps)
{
    for (const int added : {11, 30}) {
        const auto catalog = bench::loadWithBuiltIn({bench::generateCatalog(added, 7)});
        ASSERT_TRUE(catalog.ok());
        const RoleMap map = RoleMap::build(catalog.value());
        ASSERT_GE(map.nodes().size(), 20);
        const MapLayout layout = MapLayout::compute(map, nodeSizes(map), labelSizes(map));
        expectReadable(map, layout);
        expectDeterministic(map);
        // Rows stay short enough to read: wrapped, not one long line.
        for (int row = 0; row < layout.rowCount(); ++row) {
            EXPECT_LE(layout.rows().count(row), 10) << "row " << row;
        }
    }
}

TEST(MapLayout, ManyLabelsInOneGapArePushedApart)
{
    testing::FixtureCatalog fixture;
    auto &boss = fixture.role(QStringLiteral("boss"), QStringLiteral("Boss"));
    for (int i = 0; i < 6; ++i) {
        const QString id = QStringLiteral("worker-%1").arg(i);
        boss.supervises(id, QStringLiteral("Leads worker %1").arg(i));
        fixture.role(id, QStringLiteral("Worker %1").arg(i)).reportsTo(QStringLiteral("boss"));
    }
    const RoleMap map = RoleMap::build(fixture.build());
    expectReadable(map, MapLayout::compute(map, nodeSizes(map), labelSizes(map)));
}

TEST(MapLayout, AnEmptyMapHasNothingToPlace)
{
    const RoleMap map;
    const MapLayout layout = MapLayout::compute(map, {}, {});
    EXPECT_TRUE(layout.nodeRects().isEmpty());
    EXPECT_EQ(layout.rowCount(), 0);
}

} // namespace
} // namespace rolelens
