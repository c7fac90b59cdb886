#include "model/WorkKind.h"

#include "model/Role.h"

#include <algorithm>

namespace rolelens {

bool WorkKind::Side::involves(const Role &role) const
{
    return std::any_of(anyOf.cbegin(), anyOf.cend(), [&](const DimensionTag &wanted) {
        return role.dimension(wanted.dimension).tags.contains(wanted.tag);
    });
}

const WorkKind::Side *WorkKind::side(const QString &sideId) const
{
    const auto found = std::find_if(sides.cbegin(), sides.cend(),
                                    [&](const Side &candidate) { return candidate.id == sideId; });
    return found == sides.cend() ? nullptr : &*found;
}

} // namespace rolelens
