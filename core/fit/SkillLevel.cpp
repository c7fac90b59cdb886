#include "fit/SkillLevel.h"

namespace rolelens {

const EnumTable<SkillLevel> &skillLevelKeys()
{
    static const EnumTable<SkillLevel> table("SkillLevel", {
                                                               {SkillLevel::None, nullptr},
                                                               {SkillLevel::Some, "some"},
                                                               {SkillLevel::Strong, "strong"},
                                                           });
    return table;
}

} // namespace rolelens
