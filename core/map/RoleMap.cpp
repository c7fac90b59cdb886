#include "map/RoleMap.h"

#include "map/ReportingLines.h"

namespace rolelens {

RoleMap RoleMap::build(const Catalog &catalog)
{
    RoleMap map;
    for (const auto &role : catalog.roles()) {
        map.m_index.insert(role.id, map.m_nodes.size());
        map.m_nodes.append({role.id, role.title, role.category});
    }
    map.addReportingLines(catalog);
    map.addHandledBy(catalog);
    map.addDisagreements(catalog);
    return map;
}

QList<qsizetype> RoleMap::edgesOf(const QString &roleId) const
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i < m_edges.size(); ++i) {
        if (m_edges.at(i).from == roleId || m_edges.at(i).to == roleId) {
            found.append(i);
        }
    }
    return found;
}

MapEdge &RoleMap::edge(MapEdge::Kind kind, const QString &from, const QString &to)
{
    const QString key =
        QString::number(static_cast<int>(kind)) + QLatin1Char(' ') + from + QLatin1Char(' ') + to;
    const auto known = m_edgeIndex.constFind(key);
    if (known != m_edgeIndex.constEnd()) {
        return m_edges[*known];
    }
    MapEdge made;
    made.kind = kind;
    made.from = from;
    made.to = to;
    m_edgeIndex.insert(key, m_edges.size());
    m_edges.append(made);
    return m_edges.last();
}

void RoleMap::addReportingLines(const Catalog &catalog)
{
    for (const auto &line : ReportingLines::all(catalog)) {
        MapEdge &added = edge(MapEdge::Kind::ReportsTo, line.supervisorId, line.supervisedId);
        for (const auto &statement : line.statements) {
            if (!added.hasLabel()) {
                added.label = statement.label;
                added.condition = statement.condition;
            }
            added.notes.append({{}, ReportingLines::text(statement), statement.sources});
        }
    }
}

void RoleMap::addHandledBy(const Catalog &catalog)
{
    for (const auto &role : catalog.roles()) {
        for (const auto &exclusion : role.notResponsibleFor) {
            edge(MapEdge::Kind::HandledBy, role.id, exclusion.handledBy)
                .notes.append({{}, exclusion.task, exclusion.sources});
        }
    }
}

void RoleMap::addDisagreements(const Catalog &catalog)
{
    // The pairs of roles the articles disagree about: every pair of the roles a disagreement
    // names; or, when its positions name roles, the pairs of those roles that one position
    // names together. A position that names roles beyond the question's ("one hire for the
    // website, the press and support too") does not make those roles a disagreement between
    // themselves. Each pair in catalog order, so that (A, B) and (B, A) are one edge.
    for (const auto &disagreement : catalog.disagreements()) {
        QList<QStringList> groups;
        for (const auto &position : disagreement.positions) {
            QStringList named;
            for (const QString &roleId : position.roleIds) {
                if (disagreement.roleIds.contains(roleId)) {
                    named.append(roleId);
                }
            }
            if (!named.isEmpty()) {
                groups.append(named);
            }
        }
        if (groups.isEmpty()) {
            groups.append(disagreement.roleIds);
        }
        QList<QPair<QString, QString>> pairs;
        for (const auto &group : groups) {
            for (qsizetype i = 0; i < group.size(); ++i) {
                for (qsizetype j = i + 1; j < group.size(); ++j) {
                    QString a = group.at(i);
                    QString b = group.at(j);
                    if (a == b || nodeIndex(a) < 0 || nodeIndex(b) < 0) {
                        continue;
                    }
                    if (nodeIndex(b) < nodeIndex(a)) {
                        std::swap(a, b);
                    }
                    if (!pairs.contains(qMakePair(a, b))) {
                        pairs.append(qMakePair(a, b));
                    }
                }
            }
        }
        for (const auto &[a, b] : pairs) {
            MapEdge &added = edge(MapEdge::Kind::Disagreement, a, b);
            for (const auto &position : disagreement.positions) {
                added.notes.append({disagreement.topic, position.view, position.sources});
            }
        }
    }
}

} // namespace rolelens
