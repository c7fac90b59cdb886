#pragma once

#include "catalog/Catalog.h"
#include "support/FixtureRole.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <deque>

namespace rolelens::testing {

// A small catalog made in a test: made-up roles, goals, tasks and metrics, only those the code
// under test reads, so that the test checks the code's logic and not what the built-in
// catalog happens to say. It is loaded through CatalogLoader, so it is a catalog the program
// could load: a reference to nothing fails the test that made it.
class FixtureCatalog {
public:
    // Every fixture has these sources: statements cite the article with a quote naming
    // themselves; general practice and the assumption are cited without one.
    static inline const QString kArticle = QStringLiteral("fixture-article");
    static inline const QString kPractice = QStringLiteral("fixture-practice");
    static inline const QString kAssumption = QStringLiteral("fixture-assumption");
    // The metric a role is judged by, as a secondary measure, when the test gives it none.
    static inline const QString kFillerMetric = QStringLiteral("fixture-filler");

    static Citation quote(const QString &statement);

    // The role stays where it is while more are added.
    FixtureRole &role(const QString &id, const QString &title);
    FixtureCatalog &metric(const QString &id, const QString &name);
    // A goal needs metrics or tags, set on what this returns; it stays where it is too.
    Goal &goal(const QString &id, const QString &label);
    Task &task(const QString &id, const QString &label, const QStringList &responsibilities,
               const QString &handledBy);
    // One position per quote, each citing the article with it.
    // A position on whether one person can fill the roles it names ("possible" or
    // "warned-against"), added to the disagreement `id` made before.
    FixtureCatalog &oneHirePosition(const QString &id, const QString &statement,
                                    const QStringList &roleIds, const QString &oneHire);
    FixtureCatalog &disagreement(const QString &id, const QStringList &roleIds,
                                 const QStringList &positionQuotes);

    QJsonObject json() const;
    Catalog build() const;

private:
    QJsonArray m_metrics;
    std::deque<FixtureRole> m_roles;
    std::deque<Goal> m_goals;
    std::deque<Task> m_tasks;
    QJsonArray m_disagreements;
};

// A fixture statement's citation, as the rule tests write it: quote("maker: purpose").
inline Citation quote(const char *statement)
{
    return FixtureCatalog::quote(QLatin1String(statement));
}

} // namespace rolelens::testing
