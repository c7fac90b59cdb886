#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace rolelens {

// Ids of one kind of item (metrics, responsibilities or skills) split across compared roles:
// those every role has, and for each role those no other compared role has.
struct SharedAndUnique {
    QStringList shared;
    QMap<QString, QStringList> unique; // role id -> ids

    static SharedAndUnique of(const QStringList &roleIds, const QList<QStringList> &idsPerRole);
};

} // namespace rolelens
