#include "support/FixtureRole.h"

#include "support/FixtureCatalog.h"

namespace rolelens::testing {
namespace {

QJsonObject citation(const Citation &citation)
{
    QJsonObject object{{QStringLiteral("source"), citation.sourceId}};
    if (!citation.quote.isEmpty()) {
        object.insert(QStringLiteral("quote"), citation.quote);
    }
    return object;
}

QJsonObject item(const QString &id, const QString &name, const QJsonArray &sources)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("sources"), sources}};
}

} // namespace

QString FixtureRole::defaultTag(Dimension dimension)
{
    return dimension == Dimension::TimeHorizon ? QStringLiteral("short-term")
                                               : dimensions::vocabulary(dimension).first();
}

FixtureRole::FixtureRole(const QString &id, const QString &title) : m_id(id), m_title(title) {}

Citation FixtureRole::quote(const QString &where) const
{
    return FixtureCatalog::quote(m_id + QStringLiteral(": ") + where);
}

QJsonArray FixtureRole::cites(const QString &where) const
{
    return QJsonArray{citation(quote(where))};
}

FixtureRole &FixtureRole::dimension(Dimension dimension, const QStringList &tags,
                                    const QString &text)
{
    const QString key = dimensions::key(dimension);
    m_dimensions.insert(dimension,
                        QJsonObject{{QStringLiteral("text"),
                                     text.isEmpty() ? m_id + QStringLiteral(": ") + key : text},
                                    {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                                    {QStringLiteral("sources"), cites(key)}});
    return *this;
}

FixtureRole &FixtureRole::responsibility(const QString &id)
{
    m_responsibilities.append(item(id, QStringLiteral("Work on ") + id, cites(id)));
    return *this;
}

FixtureRole &FixtureRole::primary(const QString &metricId, int weight)
{
    return metricUse(metricId, MetricUse::Emphasis::Primary, weight);
}

FixtureRole &FixtureRole::secondary(const QString &metricId, int weight)
{
    return metricUse(metricId, MetricUse::Emphasis::Secondary, weight);
}

FixtureRole &FixtureRole::metricUse(const QString &metricId, MetricUse::Emphasis emphasis,
                                    int weight)
{
    m_metrics.append(QJsonObject{{QStringLiteral("metric"), metricId},
                                 {QStringLiteral("emphasis"), MetricUse::emphasisKey(emphasis)},
                                 {QStringLiteral("weight"), weight},
                                 {QStringLiteral("basis"), cites(metricId)}});
    return *this;
}

FixtureRole &FixtureRole::exclusion(const QString &task, const QString &handledBy,
                                    const QStringList &taskIds)
{
    QJsonObject exclusion{{QStringLiteral("task"), task},
                          {QStringLiteral("handledBy"), handledBy},
                          {QStringLiteral("sources"), cites(QStringLiteral("not ") + handledBy)}};
    if (!taskIds.isEmpty()) {
        exclusion.insert(QStringLiteral("tasks"), QJsonArray::fromStringList(taskIds));
    }
    m_exclusions.append(exclusion);
    return *this;
}

FixtureRole &FixtureRole::audienceGrowth(double lowPercentPerMonth, double highPercentPerMonth)
{
    QJsonArray sources{citation({FixtureCatalog::kAssumption, {}})};
    sources.append(citation(quote(QStringLiteral("audienceGrowth"))));
    m_audienceGrowth = QJsonObject{{QStringLiteral("lowPercentPerMonth"), lowPercentPerMonth},
                                   {QStringLiteral("highPercentPerMonth"), highPercentPerMonth},
                                   {QStringLiteral("sources"), sources}};
    return *this;
}

FixtureRole &FixtureRole::supervises(const QString &roleId, const QString &label,
                                     const QString &condition)
{
    if (label.isEmpty() && condition.isEmpty()) {
        m_supervises.append(roleId);
        return *this;
    }
    QJsonObject line{{QStringLiteral("role"), roleId},
                     {QStringLiteral("sources"), cites(QStringLiteral("supervises ") + roleId)}};
    if (!label.isEmpty()) {
        line.insert(QStringLiteral("label"), label);
    }
    if (!condition.isEmpty()) {
        line.insert(QStringLiteral("condition"), condition);
    }
    m_supervises.append(line);
    return *this;
}

FixtureRole &FixtureRole::reportsTo(const QString &roleId)
{
    m_reportsTo.append(roleId);
    return *this;
}

QJsonObject FixtureRole::json() const
{
    const QJsonArray practice{citation({FixtureCatalog::kPractice, {}})};
    QJsonObject dimensionsObject;
    for (const auto dimension : dimensions::all()) {
        const QJsonObject value = m_dimensions.value(dimension);
        if (!value.isEmpty()) {
            dimensionsObject.insert(dimensions::key(dimension), value);
            continue;
        }
        dimensionsObject.insert(
            dimensions::key(dimension),
            QJsonObject{
                {QStringLiteral("text"), m_id + QStringLiteral(": ") + dimensions::key(dimension)},
                {QStringLiteral("tags"), QJsonArray{defaultTag(dimension)}},
                {QStringLiteral("sources"), cites(dimensions::key(dimension))}});
    }
    // Each role's own filler ids: no task or goal of a test finds them by accident.
    const QString filler = m_id + QStringLiteral("-filler");
    QJsonObject role{
        {QStringLiteral("id"), m_id},
        {QStringLiteral("title"), m_title},
        {QStringLiteral("category"), QStringLiteral("Fixture")},
        {QStringLiteral("summary"), m_title + QStringLiteral(" for tests.")},
        {QStringLiteral("summarySources"), practice},
        {QStringLiteral("dimensions"), dimensionsObject},
        {QStringLiteral("responsibilities"),
         m_responsibilities.isEmpty() ? QJsonArray{item(filler, QStringLiteral("Filler"), practice)}
                                      : m_responsibilities},
        {QStringLiteral("skills"), QJsonArray{item(filler, QStringLiteral("Filler"), practice)}},
        {QStringLiteral("metrics"),
         m_metrics.isEmpty()
             ? QJsonArray{QJsonObject{{QStringLiteral("metric"), FixtureCatalog::kFillerMetric},
                                      {QStringLiteral("emphasis"), QStringLiteral("secondary")},
                                      {QStringLiteral("weight"), 1},
                                      {QStringLiteral("basis"), practice}}}
             : m_metrics},
    };
    if (!m_exclusions.isEmpty()) {
        role.insert(QStringLiteral("notResponsibleFor"), m_exclusions);
    }
    if (!m_supervises.isEmpty()) {
        role.insert(QStringLiteral("supervises"), m_supervises);
    }
    if (!m_reportsTo.isEmpty()) {
        role.insert(QStringLiteral("reportsTo"), m_reportsTo);
    }
    if (!m_audienceGrowth.isEmpty()) {
        role.insert(QStringLiteral("audienceGrowth"), m_audienceGrowth);
    }
    return role;
}

} // namespace rolelens::testing
