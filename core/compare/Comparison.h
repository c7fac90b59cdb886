#pragma once

#include "base/Result.h"
#include "catalog/Catalog.h"
#include "compare/ComparisonRow.h"
#include "compare/SharedAndUnique.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace rolelens {

// Two to four roles side by side: one row per dimension with its computed relation, and the
// metrics, responsibilities and skills they share or hold alone.
struct Comparison {
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    static constexpr int kMinRoles = 2;
    static constexpr int kMaxRoles = 4;

    QStringList roleIds;
    QList<ComparisonRow> rows;
    SharedAndUnique metrics;
    SharedAndUnique responsibilities;
    SharedAndUnique skills;

    // Ids must already be resolved; errors name what is wrong with the selection.
    static Result<Comparison> of(const Catalog &catalog, const QStringList &roleIds);
};

} // namespace rolelens
