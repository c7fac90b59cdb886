#include "fit/SelfCheck.h"

#include <QSet>

#include <algorithm>

namespace rolelens {
namespace {

struct Ranked {
    RoleFit fit;
    int strong = 0;
    qsizetype catalogOrder = 0;
};

} // namespace

Citations SelfCheck::evidence(const Role &role, const WorkKind::Side &side)
{
    Citations sources;
    QList<Dimension> cited;
    for (const DimensionTag &wanted : side.anyOf) {
        const DimensionValue &value = role.dimension(wanted.dimension);
        if (value.tags.contains(wanted.tag) && !cited.contains(wanted.dimension)) {
            cited.append(wanted.dimension);
            appendUnique(sources, value.sources);
        }
    }
    return sources;
}

QList<Skill> SelfCheck::skillsToRate(const Catalog &catalog)
{
    QList<Skill> skills;
    QSet<QString> seen;
    for (const Role &role : catalog.roles()) {
        for (const Skill &skill : role.skills) {
            if (!seen.contains(skill.id)) {
                seen.insert(skill.id);
                skills.append(skill);
            }
        }
    }
    return skills;
}

QList<RoleFit> SelfCheck::rank(const Catalog &catalog, const SelfCheckAnswers &answers)
{
    QList<Ranked> ranked;
    for (qsizetype index = 0; index < catalog.roles().size(); ++index) {
        const Role &role = catalog.roles().at(index);
        if (role.skills.isEmpty()) {
            continue; // nothing to compare with: the catalog names no skill for it
        }
        Ranked entry;
        entry.catalogOrder = index;
        entry.fit.roleId = role.id;
        for (const Skill &skill : role.skills) {
            const SkillLevel level = answers.skills.value(skill.id, SkillLevel::None);
            entry.fit.points += points(level);
            entry.fit.maxPoints += points(SkillLevel::Strong);
            (level == SkillLevel::None ? entry.fit.toLearnSkillIds : entry.fit.haveSkillIds)
                .append(skill.id);
            entry.strong += level == SkillLevel::Strong ? 1 : 0;
        }
        for (const WorkKind &kind : catalog.workKinds()) {
            const WorkKind::Side *preferred = kind.side(answers.preferences.value(kind.id));
            if (!preferred) {
                continue;
            }
            const bool involves = preferred->involves(role);
            entry.fit.points += involves ? points(SkillLevel::Strong) : 0;
            entry.fit.maxPoints += points(SkillLevel::Strong);
            (involves ? entry.fit.preferredSideIds : entry.fit.otherSideIds).append(preferred->id);
        }
        ranked.append(entry);
    }
    // Shares compared as fractions, exactly: 3/6 and 4/8 tie.
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        const qint64 left = qint64(a.fit.points) * b.fit.maxPoints;
        const qint64 right = qint64(b.fit.points) * a.fit.maxPoints;
        if (left != right) {
            return left > right;
        }
        if (a.strong != b.strong) {
            return a.strong > b.strong;
        }
        return a.catalogOrder < b.catalogOrder;
    });
    QList<RoleFit> fits;
    for (const Ranked &entry : std::as_const(ranked)) {
        fits.append(entry.fit);
    }
    return fits;
}

} // namespace rolelens
