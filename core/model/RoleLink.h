#pragma once

#include "model/Citation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rolelens {

// One end of a reporting line: the role named in `reportsTo` or `supervises`, and what the
// catalog says of the line (a label, the condition under which it holds) with its sources.
// A plain id in the file gives an empty label, condition and sources: the line is named but
// not described.
struct RoleLink {
    QString roleId;
    QString label;
    QString condition;
    Citations sources;

    bool isDescribed() const { return !label.isEmpty() || !condition.isEmpty(); }

    // The role ids of `links`, in order.
    static QStringList idsOf(const QList<RoleLink> &links);
    static bool names(const QList<RoleLink> &links, const QString &roleId);
};

} // namespace rolelens
