#pragma once

#include "catalog/Catalog.h"
#include "map/RoleMap.h"

#include <QCoreApplication>
#include <QString>

namespace rolelens {

// The tooltips of the role map, as rich text: for a line, what it stands for and every
// statement behind it with its sources (each named, with the quoted words); for a role, its
// title, summary and what a click does.
class MapToolTip {
    Q_DECLARE_TR_FUNCTIONS(MapToolTip)

public:
    static QString forEdge(const Catalog &catalog, const MapEdge &edge);
    static QString forNode(const Catalog &catalog, const RoleMap::Node &node);
    // The line in words, as a screen reader says it: "Social media manager supervises
    // Community manager".
    static QString heading(const Catalog &catalog, const MapEdge &edge);

private:
    static QString sources(const Catalog &catalog, const Citations &citations);
};

} // namespace rolelens
