#include "model/RoleLink.h"

#include <algorithm>

namespace rolelens {

QStringList RoleLink::idsOf(const QList<RoleLink> &links)
{
    QStringList ids;
    ids.reserve(links.size());
    for (const auto &link : links) {
        ids.append(link.roleId);
    }
    return ids;
}

bool RoleLink::names(const QList<RoleLink> &links, const QString &roleId)
{
    return std::any_of(links.begin(), links.end(),
                       [&](const RoleLink &link) { return link.roleId == roleId; });
}

} // namespace rolelens
