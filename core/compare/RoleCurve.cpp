#include "compare/RoleCurve.h"

namespace rolelens {

bool RoleCurve::changedFrom(const Catalog &catalog) const
{
    const Role *role = catalog.role(roleId);
    return role && role->expectedResults && !(*role->expectedResults == assumptions);
}

QList<RoleCurve> RoleCurve::fromCatalog(const Catalog &catalog, const QStringList &roleIds)
{
    QList<RoleCurve> curves;
    for (const auto &id : roleIds) {
        const Role *role = catalog.role(id);
        if (role && role->expectedResults) {
            curves.append({role->id, role->title, *role->expectedResults});
        }
    }
    return curves;
}

} // namespace rolelens
