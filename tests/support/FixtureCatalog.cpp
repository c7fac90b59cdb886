#include "support/FixtureCatalog.h"

#include "catalog/CatalogLoader.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace rolelens::testing {
namespace {

QJsonObject source(const QString &id, const char *kind)
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("kind"), QLatin1String(kind)},
                       {QStringLiteral("title"), QStringLiteral("Fixture ") + id}};
}

QJsonArray quoted(const QString &statement)
{
    return QJsonArray{QJsonObject{{QStringLiteral("source"), FixtureCatalog::kArticle},
                                  {QStringLiteral("quote"), statement}}};
}

QJsonObject goalJson(const Goal &goal)
{
    QJsonObject object{{QStringLiteral("id"), goal.id}, {QStringLiteral("label"), goal.label}};
    if (!goal.metrics.isEmpty()) {
        object.insert(QStringLiteral("metrics"), QJsonArray::fromStringList(goal.metrics));
    }
    if (!goal.tags.isEmpty()) {
        QJsonObject tags;
        for (const DimensionTag &tag : goal.tags) {
            tags.insert(dimensions::key(tag.dimension), tag.tag);
        }
        object.insert(QStringLiteral("tags"), tags);
    }
    if (!goal.horizon.isEmpty()) {
        object.insert(QStringLiteral("horizon"), goal.horizon);
    }
    if (goal.needsAdBudget) {
        object.insert(QStringLiteral("needsAdBudget"), true);
    }
    return object;
}

QJsonObject taskJson(const Task &task)
{
    QJsonObject object{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("label"), task.label},
        {QStringLiteral("responsibilities"), QJsonArray::fromStringList(task.responsibilities)},
        {QStringLiteral("handledBy"), task.handledBy}};
    if (task.needsAdBudget) {
        object.insert(QStringLiteral("needsAdBudget"), true);
    }
    if (!task.disagreement.isEmpty()) {
        object.insert(QStringLiteral("disagreement"), task.disagreement);
    }
    return object;
}

} // namespace

Citation FixtureCatalog::quote(const QString &statement)
{
    return {kArticle, statement};
}

FixtureRole &FixtureCatalog::role(const QString &id, const QString &title)
{
    return m_roles.emplace_back(id, title);
}

FixtureCatalog &FixtureCatalog::metric(const QString &id, const QString &name)
{
    m_metrics.append(QJsonObject{{QStringLiteral("id"), id},
                                 {QStringLiteral("name"), name},
                                 {QStringLiteral("definition"), name + QStringLiteral(".")},
                                 {QStringLiteral("unit"), QStringLiteral("count")},
                                 {QStringLiteral("higherIsBetter"), true},
                                 {QStringLiteral("sources"), quoted(id)}});
    return *this;
}

Goal &FixtureCatalog::goal(const QString &id, const QString &label)
{
    Goal &goal = m_goals.emplace_back();
    goal.id = id;
    goal.label = label;
    return goal;
}

Task &FixtureCatalog::task(const QString &id, const QString &label,
                           const QStringList &responsibilities, const QString &handledBy)
{
    return m_tasks.emplace_back(Task{id, label, responsibilities, handledBy, false, {}});
}

FixtureCatalog &FixtureCatalog::disagreement(const QString &id, const QStringList &roleIds,
                                             const QStringList &positionQuotes)
{
    QJsonArray positions;
    for (const QString &statement : positionQuotes) {
        positions.append(QJsonObject{{QStringLiteral("view"), statement},
                                     {QStringLiteral("sources"), quoted(statement)}});
    }
    m_disagreements.append(
        QJsonObject{{QStringLiteral("id"), id},
                    {QStringLiteral("topic"), id + QStringLiteral("?")},
                    {QStringLiteral("roles"), QJsonArray::fromStringList(roleIds)},
                    {QStringLiteral("positions"), positions}});
    return *this;
}

FixtureCatalog &FixtureCatalog::oneHirePosition(const QString &id, const QString &statement,
                                                const QStringList &roleIds, const QString &oneHire)
{
    for (qsizetype i = 0; i < m_disagreements.size(); ++i) {
        QJsonObject disagreement = m_disagreements.at(i).toObject();
        if (disagreement.value(QStringLiteral("id")).toString() != id) {
            continue;
        }
        QJsonArray positions = disagreement.value(QStringLiteral("positions")).toArray();
        positions.append(QJsonObject{{QStringLiteral("view"), statement},
                                     {QStringLiteral("sources"), quoted(statement)},
                                     {QStringLiteral("roles"), QJsonArray::fromStringList(roleIds)},
                                     {QStringLiteral("oneHire"), oneHire}});
        disagreement.insert(QStringLiteral("positions"), positions);
        m_disagreements.replace(i, disagreement);
    }
    return *this;
}

QJsonObject FixtureCatalog::json() const
{
    QJsonArray metrics = m_metrics;
    metrics.append(QJsonObject{{QStringLiteral("id"), kFillerMetric},
                               {QStringLiteral("name"), QStringLiteral("Filler")},
                               {QStringLiteral("definition"), QStringLiteral("Not measured.")},
                               {QStringLiteral("unit"), QStringLiteral("count")},
                               {QStringLiteral("higherIsBetter"), true},
                               {QStringLiteral("sources"), quoted(kFillerMetric)}});
    QJsonArray roles;
    for (const FixtureRole &role : m_roles) {
        roles.append(role.json());
    }
    QJsonArray goals;
    for (const Goal &goal : m_goals) {
        goals.append(goalJson(goal));
    }
    QJsonArray tasks;
    for (const Task &task : m_tasks) {
        tasks.append(taskJson(task));
    }
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
        {QStringLiteral("version"), CatalogLoader::kFormatVersion},
        {QStringLiteral("sources"),
         QJsonArray{source(kArticle, "article"), source(kPractice, "general-practice"),
                    source(kAssumption, "illustrative")}},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("roles"), roles},
        {QStringLiteral("goals"), goals},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("disagreements"), m_disagreements},
    };
}

Catalog FixtureCatalog::build() const
{
    CatalogLoader loader;
    loader.addBytes(QJsonDocument(json()).toJson(), QStringLiteral("fixture.json"));
    Result<Catalog> result = loader.finish();
    if (!result.ok()) {
        for (const auto &error : result.errors()) {
            ADD_FAILURE() << qPrintable(error.toString());
        }
        return Catalog();
    }
    return std::move(result).value();
}

} // namespace rolelens::testing
