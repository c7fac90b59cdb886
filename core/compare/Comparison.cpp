#include "compare/Comparison.h"

#include <QCoreApplication>

namespace rolelens {
namespace {

template <typename Item, typename IdOf> QStringList idsOf(const QList<Item> &items, IdOf idOf)
{
    QStringList ids;
    for (const auto &item : items) {
        ids.append(idOf(item));
    }
    return ids;
}

} // namespace

Result<Comparison> Comparison::of(const Catalog &catalog, const QStringList &roleIds)
{
    Diagnostics errors;
    if (roleIds.size() < kMinRoles || roleIds.size() > kMaxRoles) {
        errors.append({{},
                       0,
                       0,
                       {},
                       tr("a comparison takes %1 to %2 roles, %3 given")
                           .arg(kMinRoles)
                           .arg(kMaxRoles)
                           .arg(roleIds.size())});
    }
    QList<const Role *> roles;
    for (const auto &id : roleIds) {
        const Role *role = catalog.role(id);
        if (!role) {
            errors.append({{},
                           0,
                           0,
                           {},
                           tr("unknown role \"%1\" (closest known: %2)")
                               .arg(id, catalog.closestRoleIds(id).join(QStringLiteral(", ")))});
        } else if (roles.contains(role)) {
            errors.append({{}, 0, 0, {}, tr("role \"%1\" is given twice").arg(id)});
        } else {
            roles.append(role);
        }
    }
    if (!errors.isEmpty()) {
        return errors;
    }

    Comparison comparison;
    comparison.roleIds = roleIds;
    for (const auto dimension : dimensions::all()) {
        ComparisonRow row{dimension, {}, {}, Relation::Same};
        for (const Role *role : roles) {
            const DimensionValue &value = role->dimension(dimension);
            row.texts.append(value.text);
            row.tags.append(value.tags);
        }
        row.relation = relations::between(row.tags);
        comparison.rows.append(row);
    }

    QList<QStringList> metricIds;
    QList<QStringList> responsibilityIds;
    QList<QStringList> skillIds;
    for (const Role *role : roles) {
        metricIds.append(idsOf(role->metrics, [](const MetricUse &use) { return use.metricId; }));
        responsibilityIds.append(
            idsOf(role->responsibilities, [](const Responsibility &item) { return item.id; }));
        skillIds.append(idsOf(role->skills, [](const Skill &item) { return item.id; }));
    }
    comparison.metrics = SharedAndUnique::of(roleIds, metricIds);
    comparison.responsibilities = SharedAndUnique::of(roleIds, responsibilityIds);
    comparison.skills = SharedAndUnique::of(roleIds, skillIds);
    return comparison;
}

} // namespace rolelens
