#include "map/MapLayout.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace rolelens {

namespace {

// Sweeps of the neighbour ordering: enough for a few dozen roles to settle.
constexpr int kOrderingSweeps = 4;

} // namespace

QList<QList<qsizetype>> MapLayout::levels(const RoleMap &map)
{
    const qsizetype count = map.nodes().size();
    QList<int> level(count, 0);
    QList<bool> onLine(count, false);
    // The longest chain of supervisors above each role; a cycle (which the loader does not
    // forbid) stops growing after `count` rounds.
    for (qsizetype round = 0; round < count; ++round) {
        bool changed = false;
        for (const auto &edge : map.edges()) {
            if (edge.kind != MapEdge::Kind::ReportsTo) {
                continue;
            }
            const qsizetype from = map.nodeIndex(edge.from);
            const qsizetype to = map.nodeIndex(edge.to);
            onLine[from] = onLine[to] = true;
            if (level[to] < level[from] + 1 && level[from] < count) {
                level[to] = level[from] + 1;
                changed = true;
            }
        }
        if (!changed) {
            break;
        }
    }
    int deepest = -1;
    for (qsizetype i = 0; i < count; ++i) {
        if (onLine[i]) {
            deepest = std::max(deepest, level[i]);
        }
    }
    // The roles on no reporting line go below the hierarchy, not beside its top.
    QList<QList<qsizetype>> result(deepest + 2);
    for (qsizetype i = 0; i < count; ++i) {
        result[onLine[i] ? level[i] : deepest + 1].append(i);
    }
    result.removeIf([](const QList<qsizetype> &row) { return row.isEmpty(); });
    return result;
}

void MapLayout::orderByNeighbours(const RoleMap &map, QList<QList<qsizetype>> &levels)
{
    QList<QList<qsizetype>> neighbours(map.nodes().size());
    for (const auto &edge : map.edges()) {
        const qsizetype from = map.nodeIndex(edge.from);
        const qsizetype to = map.nodeIndex(edge.to);
        neighbours[from].append(to);
        neighbours[to].append(from);
    }
    QList<double> place(map.nodes().size(), 0.5);
    QList<int> levelOf(map.nodes().size(), 0);
    const auto measure = [&] {
        for (qsizetype l = 0; l < levels.size(); ++l) {
            const auto &row = levels.at(l);
            for (qsizetype i = 0; i < row.size(); ++i) {
                place[row.at(i)] =
                    row.size() == 1 ? 0.5
                                    : static_cast<double>(i) / static_cast<double>(row.size() - 1);
                levelOf[row.at(i)] = static_cast<int>(l);
            }
        }
    };
    measure();
    for (int sweep = 0; sweep < kOrderingSweeps; ++sweep) {
        for (auto &row : levels) {
            // The mean place of the node's neighbours in other levels; a node without any keeps
            // its own. Ties keep the current order (stable), so the result is deterministic.
            QHash<qsizetype, double> wanted;
            for (const qsizetype node : row) {
                double sum = 0;
                int counted = 0;
                for (const qsizetype other : neighbours.at(node)) {
                    if (levelOf.at(other) != levelOf.at(node)) {
                        sum += place.at(other);
                        ++counted;
                    }
                }
                wanted.insert(node, counted > 0 ? sum / counted : place.at(node));
            }
            std::stable_sort(row.begin(), row.end(), [&](qsizetype a, qsizetype b) {
                return wanted.value(a) < wanted.value(b);
            });
            measure();
        }
    }
}

QList<QList<qsizetype>> MapLayout::wrap(const QList<QList<qsizetype>> &levels, int maxPerRow)
{
    QList<QList<qsizetype>> rows;
    for (const auto &level : levels) {
        // Rows of near-equal length rather than full rows and a short last one.
        const qsizetype count = level.size();
        const qsizetype rowCount = (count + maxPerRow - 1) / maxPerRow;
        qsizetype start = 0;
        for (qsizetype r = 0; r < rowCount; ++r) {
            const qsizetype length = (count - start) / (rowCount - r);
            rows.append(level.mid(start, length));
            start += length;
        }
    }
    return rows;
}

MapLayout MapLayout::compute(const RoleMap &map, const QList<QSizeF> &nodeSizes,
                             const QList<QSizeF> &labelSizes, const Spacing &spacing)
{
    MapLayout layout;
    const qsizetype count = map.nodes().size();
    layout.m_nodeRects.fill(QRectF(), count);
    layout.m_labelRects.fill(QRectF(), map.edges().size());
    layout.m_rows.fill(0, count);
    if (count == 0) {
        return layout;
    }
    auto levelList = levels(map);
    orderByNeighbours(map, levelList);
    const int perRow =
        spacing.maxPerRow > 0
            ? spacing.maxPerRow
            : std::max(5, static_cast<int>(std::ceil(std::sqrt(static_cast<double>(count)))) + 1);
    const QList<QList<qsizetype>> rows = wrap(levelList, perRow);
    layout.m_rowCount = static_cast<int>(rows.size());

    QList<double> rowWidth(rows.size(), 0);
    QList<double> rowHeight(rows.size(), 0);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (const qsizetype node : rows.at(r)) {
            layout.m_rows[node] = static_cast<int>(r);
            rowWidth[r] += nodeSizes.at(node).width();
            rowHeight[r] = std::max(rowHeight[r], nodeSizes.at(node).height());
        }
        rowWidth[r] += spacing.columnGap * static_cast<double>(rows.at(r).size() - 1);
    }
    const double widest = *std::max_element(rowWidth.begin(), rowWidth.end());

    // Each label goes in the gap below the upper row of its line.
    QList<QList<qsizetype>> gapLabels(rows.size());
    QList<double> gapHeight(rows.size(), spacing.rowGap);
    for (qsizetype e = 0; e < map.edges().size(); ++e) {
        const QSizeF size = labelSizes.value(e);
        if (size.isEmpty()) {
            continue;
        }
        const MapEdge &edge = map.edges().at(e);
        const int upper = std::min(layout.m_rows.at(map.nodeIndex(edge.from)),
                                   layout.m_rows.at(map.nodeIndex(edge.to)));
        gapLabels[upper].append(e);
        gapHeight[upper] = std::max(gapHeight[upper], size.height() + 2 * spacing.labelMargin);
    }

    double top = 0;
    QList<double> rowTop(rows.size(), 0);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        rowTop[r] = top;
        double left = (widest - rowWidth.at(r)) / 2;
        for (const qsizetype node : rows.at(r)) {
            const QSizeF size = nodeSizes.at(node);
            layout.m_nodeRects[node] =
                QRectF(QPointF(left, top + (rowHeight.at(r) - size.height()) / 2), size);
            left += size.width() + spacing.columnGap;
        }
        top += rowHeight.at(r) + gapHeight.at(r);
    }

    for (qsizetype r = 0; r < rows.size(); ++r) {
        auto &labels = gapLabels[r];
        const double middle = rowTop.at(r) + rowHeight.at(r) + gapHeight.at(r) / 2;
        const auto wantedCentre = [&](qsizetype e) {
            const MapEdge &edge = map.edges().at(e);
            return (layout.m_nodeRects.at(map.nodeIndex(edge.from)).center().x() +
                    layout.m_nodeRects.at(map.nodeIndex(edge.to)).center().x()) /
                   2;
        };
        std::stable_sort(labels.begin(), labels.end(), [&](qsizetype a, qsizetype b) {
            return wantedCentre(a) < wantedCentre(b);
        });
        double freeFrom = -1e300;
        for (const qsizetype e : labels) {
            const QSizeF size = labelSizes.at(e);
            const double left = std::max(wantedCentre(e) - size.width() / 2, freeFrom);
            layout.m_labelRects[e] = QRectF(QPointF(left, middle - size.height() / 2), size);
            freeFrom = left + size.width() + spacing.labelMargin;
        }
    }

    QRectF bounds;
    for (const auto &rect : layout.m_nodeRects + layout.m_labelRects) {
        if (!rect.isNull()) {
            bounds = bounds.isNull() ? rect : bounds.united(rect);
        }
    }
    layout.m_bounds = bounds;
    return layout;
}

} // namespace rolelens
