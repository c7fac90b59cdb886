#include "compare/SharedAndUnique.h"

namespace rolelens {

SharedAndUnique SharedAndUnique::of(const QStringList &roleIds,
                                    const QList<QStringList> &idsPerRole)
{
    SharedAndUnique result;
    if (idsPerRole.isEmpty()) {
        return result;
    }
    for (const auto &id : idsPerRole.first()) {
        bool everywhere = true;
        for (const auto &ids : idsPerRole) {
            everywhere = everywhere && ids.contains(id);
        }
        if (everywhere) {
            result.shared.append(id);
        }
    }
    for (qsizetype i = 0; i < idsPerRole.size(); ++i) {
        QStringList own;
        for (const auto &id : idsPerRole.at(i)) {
            bool elsewhere = false;
            for (qsizetype j = 0; j < idsPerRole.size(); ++j) {
                elsewhere = elsewhere || (j != i && idsPerRole.at(j).contains(id));
            }
            if (!elsewhere) {
                own.append(id);
            }
        }
        result.unique.insert(roleIds.at(i), own);
    }
    return result;
}

} // namespace rolelens
