#pragma once

#include "base/EnumTable.h"

namespace rolelens {

// How a student rates a skill the catalog lists: the three answers of the self-check, and the
// points each is worth when the roles are ranked by overlap.
enum class SkillLevel { None = 0, Some = 1, Strong = 2 };

constexpr int points(SkillLevel level)
{
    return static_cast<int>(level);
}

// The levels as typed and kept ("writing=some", "writing=strong"); none has no key, a skill not
// named being none.
const EnumTable<SkillLevel> &skillLevelKeys();

} // namespace rolelens
