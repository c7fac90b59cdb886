#pragma once

#include "catalog/Catalog.h"
#include "map/MapEdge.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace rolelens {

// The catalog's roles and how they relate, as a graph for the role map: one node per role,
// in catalog order, and one edge per reporting line, per pair of roles where one hands work
// to the other ("handled by"), and per pair of roles the articles disagree about. Computed
// once from the catalog, so the window and the exports draw the same graph.
class RoleMap {
    Q_DECLARE_TR_FUNCTIONS(RoleMap)

public:
    struct Node {
        QString roleId;
        QString title;
        QString category;
    };

    // Beyond this many roles a map is neither readable nor quick to draw (a PDF of a thousand
    // takes seconds): the window and the command line say so instead of drawing it.
    static constexpr qsizetype kMaxDrawnRoles = 1000;

    static RoleMap build(const Catalog &catalog);
    bool isDrawable() const { return m_nodes.size() <= kMaxDrawnRoles; }

    const QList<Node> &nodes() const { return m_nodes; }
    const QList<MapEdge> &edges() const { return m_edges; }
    // The node's place in nodes(), or -1.
    qsizetype nodeIndex(const QString &roleId) const { return m_index.value(roleId, -1); }
    // The places in edges() of the edges that touch the role.
    QList<qsizetype> edgesOf(const QString &roleId) const;

private:
    void addReportingLines(const Catalog &catalog);
    void addHandledBy(const Catalog &catalog);
    void addDisagreements(const Catalog &catalog);
    // The edge of this kind between the two roles, made on first use.
    MapEdge &edge(MapEdge::Kind kind, const QString &from, const QString &to);

    QList<Node> m_nodes;
    QList<MapEdge> m_edges;
    QHash<QString, qsizetype> m_index;
    QHash<QString, qsizetype> m_edgeIndex; // "kind from to" -> place in m_edges
};

} // namespace rolelens
