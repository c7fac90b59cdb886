#pragma once

#include "catalog/CatalogLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// A small valid catalog that tests break one field at a time, so each test shows exactly
// which mistake produces which message.
namespace rolelens::testing {

inline QJsonObject dimensionValue(const QString &tag)
{
    return QJsonObject{{QStringLiteral("text"), QStringLiteral("Some text.")},
                       {QStringLiteral("tags"), QJsonArray{tag}},
                       {QStringLiteral("sources"),
                        QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}};
}

inline QJsonObject minimalRole(const QString &id)
{
    const QJsonArray gp{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}};
    QJsonObject dimensions;
    for (const auto dimension : dimensions::all()) {
        dimensions.insert(dimensions::key(dimension),
                          dimensionValue(dimensions::vocabulary(dimension).first()));
    }
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), QStringLiteral("Role ") + id},
        {QStringLiteral("category"), QStringLiteral("Test")},
        {QStringLiteral("summary"), QStringLiteral("A role for tests.")},
        {QStringLiteral("summarySources"), gp},
        {QStringLiteral("dimensions"), dimensions},
        {QStringLiteral("responsibilities"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("work")},
                                {QStringLiteral("name"), QStringLiteral("Work")},
                                {QStringLiteral("sources"), gp}}}},
        {QStringLiteral("skills"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("skill")},
                                {QStringLiteral("name"), QStringLiteral("Skill")},
                                {QStringLiteral("sources"), gp}}}},
        {QStringLiteral("metrics"),
         QJsonArray{QJsonObject{{QStringLiteral("metric"), QStringLiteral("reach")},
                                {QStringLiteral("emphasis"), QStringLiteral("primary")},
                                {QStringLiteral("weight"), 2},
                                {QStringLiteral("basis"), gp}}}},
    };
}

inline QJsonObject minimalCatalog()
{
    QJsonObject boss = minimalRole(QStringLiteral("boss"));
    boss.insert(QStringLiteral("supervises"), QJsonArray{QStringLiteral("worker")});
    QJsonObject worker = minimalRole(QStringLiteral("worker"));
    worker.insert(QStringLiteral("reportsTo"), QJsonArray{QStringLiteral("boss")});
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("rolelens-catalog")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("sources"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("gp")},
                                {QStringLiteral("kind"), QStringLiteral("general-practice")},
                                {QStringLiteral("title"), QStringLiteral("General practice")}},
                    QJsonObject{{QStringLiteral("id"), QStringLiteral("paper")},
                                {QStringLiteral("kind"), QStringLiteral("article")},
                                {QStringLiteral("title"), QStringLiteral("A paper")}}}},
        {QStringLiteral("metrics"),
         QJsonArray{QJsonObject{
             {QStringLiteral("id"), QStringLiteral("reach")},
             {QStringLiteral("name"), QStringLiteral("Reach")},
             {QStringLiteral("definition"), QStringLiteral("Unique accounts reached.")},
             {QStringLiteral("unit"), QStringLiteral("accounts")},
             {QStringLiteral("higherIsBetter"), true},
             {QStringLiteral("sources"),
              QJsonArray{QJsonObject{{QStringLiteral("source"), QStringLiteral("gp")}}}}}}},
        {QStringLiteral("roles"), QJsonArray{boss, worker}},
    };
}

inline QByteArray bytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson();
}

inline Result<Catalog> load(const QJsonObject &object,
                            const QString &name = QStringLiteral("test.json"))
{
    CatalogLoader loader;
    loader.addBytes(bytes(object), name);
    return loader.finish();
}

// Replaces one field of the first role ("boss").
inline QJsonObject withBossField(const QString &key, const QJsonValue &value)
{
    QJsonObject catalog = minimalCatalog();
    QJsonArray roles = catalog.value(QStringLiteral("roles")).toArray();
    QJsonObject boss = roles.at(0).toObject();
    if (value.isUndefined()) {
        boss.remove(key);
    } else {
        boss.insert(key, value);
    }
    roles.replace(0, boss);
    catalog.insert(QStringLiteral("roles"), roles);
    return catalog;
}

} // namespace rolelens::testing
