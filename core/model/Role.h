#pragma once

#include "model/Citation.h"
#include "model/Dimension.h"
#include "model/DimensionValue.h"
#include "model/Exclusion.h"
#include "model/GrowthAssumption.h"
#include "model/MetricUse.h"
#include "model/Misconception.h"
#include "model/Responsibility.h"
#include "model/ResultCurve.h"
#include "model/RoleLink.h"
#include "model/Skill.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace rolelens {

// A job role as the catalog describes it: what it is for, what it does and does not do, how
// it is judged, and the citations behind each statement.
struct Role {
    QString id;
    QString title;
    QStringList aliases;
    QString category;
    QString summary;
    Citations summarySources;
    QMap<Dimension, DimensionValue> dimensions;
    QList<Responsibility> responsibilities;
    QList<Skill> skills;
    QList<MetricUse> metrics;
    QList<RoleLink> reportsTo;
    QList<RoleLink> supervises;
    QList<Exclusion> notResponsibleFor;
    QList<Misconception> misconceptions;
    std::optional<ResultCurve> expectedResults;
    std::optional<GrowthAssumption> audienceGrowth;

    const DimensionValue &dimension(Dimension which) const;
    const MetricUse *metricUse(const QString &metricId) const;
    // Names of this role's responsibilities or skills with these ids, in the ids' order.
    QStringList responsibilityNames(const QStringList &ids) const;
    QStringList skillNames(const QStringList &ids) const;
    // Every source id cited anywhere in the role, in order of first citation.
    QStringList citedSourceIds() const;
};

} // namespace rolelens
