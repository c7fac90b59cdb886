#pragma once

#include "Citation.h"
#include "Dimension.h"
#include "DimensionValue.h"
#include "Exclusion.h"
#include "GrowthAssumption.h"
#include "MetricUse.h"
#include "Misconception.h"
#include "Responsibility.h"
#include "ResultCurve.h"
#include "Skill.h"

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
    QStringList reportsTo;
    QStringList supervises;
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
