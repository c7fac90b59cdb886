#pragma once

#include "model/Citation.h"
#include "model/Dimension.h"
#include "model/MetricUse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rolelens::testing {

// One made-up role of a FixtureCatalog. A test sets what its rule reads; everything else a
// role must have is filled with values no rule looks for. Each statement cites the fixture
// article with a quote naming where it is made ("boss: timeHorizon", "boss: run-ads"), so a
// test can say exactly which statements a finding cites.
class FixtureRole {
public:
    // The tag each dimension carries unless the test sets it: for the time horizon the one
    // tag that starts no timing finding.
    static QString defaultTag(Dimension dimension);

    FixtureRole(const QString &id, const QString &title);

    const QString &id() const { return m_id; }
    const QString &title() const { return m_title; }
    // What a statement of this role quotes: `where` is a dimension key, a responsibility or
    // metric id, "not <role id>" for an exclusion, or "audienceGrowth".
    Citation quote(const QString &where) const;

    // Text "<id>: <key>" unless given.
    FixtureRole &dimension(Dimension dimension, const QStringList &tags, const QString &text = {});
    FixtureRole &responsibility(const QString &id);
    FixtureRole &primary(const QString &metricId, int weight);
    FixtureRole &secondary(const QString &metricId, int weight);
    // `taskIds`: the catalog tasks the exclusion is about.
    FixtureRole &exclusion(const QString &task, const QString &handledBy,
                           const QStringList &taskIds = {});
    // A reporting line, named on this end; with a label or condition it is described and cites
    // "<id>: supervises <role>". The other end must name it too (reportsTo).
    FixtureRole &supervises(const QString &roleId, const QString &label = {},
                            const QString &condition = {});
    FixtureRole &reportsTo(const QString &roleId);
    // Cites the fixture's assumption, as the catalog format asks, and then the article.
    FixtureRole &audienceGrowth(double lowPercentPerMonth, double highPercentPerMonth);

    // As the catalog file holds it.
    QJsonObject json() const;

private:
    QJsonArray cites(const QString &where) const;
    FixtureRole &metricUse(const QString &metricId, MetricUse::Emphasis emphasis, int weight);

    QString m_id;
    QString m_title;
    QMap<Dimension, QJsonObject> m_dimensions;
    QJsonArray m_responsibilities;
    QJsonArray m_metrics;
    QJsonArray m_exclusions;
    QJsonArray m_supervises;
    QJsonArray m_reportsTo;
    QJsonObject m_audienceGrowth;
};

} // namespace rolelens::testing
