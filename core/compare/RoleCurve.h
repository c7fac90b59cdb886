#pragma once

#include "catalog/Catalog.h"
#include "model/ResultCurve.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

// One role's expected results over time, with the title to label it: the catalog's
// assumption, or the one the owner set in the window for a comparison.
struct RoleCurve {
    QString roleId;
    QString title;
    ResultCurve assumptions;

    // Whether the owner changed the catalog's assumption for the role.
    bool changedFrom(const Catalog &catalog) const;
    // The catalog's own assumptions for these roles, for those that have them.
    static QList<RoleCurve> fromCatalog(const Catalog &catalog, const QStringList &roleIds);

    bool operator==(const RoleCurve &) const = default;
};

} // namespace rolelens
