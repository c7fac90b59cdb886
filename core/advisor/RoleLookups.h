#pragma once

#include "catalog/Catalog.h"
#include "model/GrowthAssumption.h"
#include "scenario/Scenario.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <stop_token>
#include <utility>
#include <vector>

namespace rolelens {

// What the advisor's ranking and rules ask about the catalog's roles: which roles serve a goal
// or do a task, and with which citations. The answers that take a pass over every role are
// remembered in a cache shared by copies, because the window asks again on every edit of the
// form and with 20,000 roles a fresh pass each time is too slow. The catalog must outlive the
// lookups and not change meanwhile. Safe to call from several threads at once.
class RoleLookups {
public:
    using Positions = std::vector<qsizetype>; // of roles in the catalog, in catalog order
    using PrimaryUses = std::vector<std::pair<qsizetype, int>>; // position, weight
    // The roles that serve a goal or do a task, and for each (same order) whether an article
    // backs it: where only general practice does, the advice weighs it less.
    struct Coverage {
        Positions roles;
        std::vector<char> articleBacked;
    };
    // The roles that serve a goal, by title in lower case, and their citations for it.
    struct Servers {
        QStringList titles;
        Citations sources;
    };

    struct Cache;
    using Memory = std::shared_ptr<Cache>;

    // The ids the rules and targets look for in the catalog and the scenario.
    static inline const QString kFollowerCount = QStringLiteral("follower-count");
    static inline const QString kAudienceGrowth = QStringLiteral("audience-growth");
    static inline const QString kImmediate = QStringLiteral("immediate");
    static inline const QString kLongTerm = QStringLiteral("long-term");

    // Starts with what other lookups of the same roles worked out (a null memory: nothing).
    RoleLookups(const Catalog &catalog, Memory memory);

    const Catalog &catalog() const { return m_catalog; }
    const Memory &memory() const { return m_cache; }
    // Starts again with nothing remembered: for a catalog whose text changed (another
    // language) while its roles stayed the same. Not while another thread asks.
    void forget();

    // Remembered: the roles that serve a goal, the roles that do a task, every primary use
    // of a metric, each role's sum of primary weights, and what serving roles are called.
    std::shared_ptr<const Positions> servingRoles(const Goal &goal) const;
    std::shared_ptr<const Positions> doingRoles(const Task &task) const;
    std::shared_ptr<const Coverage> serving(const Goal &goal) const;
    std::shared_ptr<const Coverage> doing(const Task &task) const;
    std::shared_ptr<const PrimaryUses> primaryUses(const QString &metricId) const;
    std::shared_ptr<const Servers> servers(const Goal &goal) const;
    std::shared_ptr<const std::vector<int>> primaryWeights() const;

    // Works out every remembered lookup of the catalog now; returns early when stopped.
    void prepare(std::stop_token stop) const;
    qsizetype rememberedLookups() const;

    static bool serves(const Role &role, const Goal &goal);
    static bool does(const Role &role, const Task &task);
    // A goal about timing ("right away", "over months") that the role works against.
    static bool horizonMismatch(const Role &role, const Goal &goal);
    // What the role's entry cites for serving the goal, or for doing the task.
    static Citations goalSources(const Role &role, const Goal &goal);
    static Citations taskSources(const Role &role, const Task &task);
    // Whether one of the citations is to an article, not only to general practice or an
    // assumption.
    static bool citesAnArticle(const Catalog &catalog, const Citations &citations);
    // The owner's growth figures if the scenario gives them, else the catalog's.
    static std::optional<GrowthAssumption> growthFor(const Role &role, const Scenario &scenario);
    static double weeksToMonths(double weeks);

    // The role's primary metrics, most weight first; equal weights keep the role's order.
    static QList<const MetricUse *> primaryUsesByWeight(const Role &role);
    static bool isPrimary(const Role &role, const QString &metricId);
    static bool hasTag(const Role &role, Dimension dimension, const QString &tag);
    // The citations' quotes, each in quotation marks, one after the other: an article's own
    // words, hedges and all; empty when none has a quote.
    static QString quoted(const Citations &citations);
    // A citation of the catalog's general-practice source, for advice beyond the articles;
    // none when the catalog has no such source.
    static Citations generalPractice(const Catalog &catalog);

private:
    const Catalog &m_catalog;
    std::shared_ptr<Cache> m_cache;
};

} // namespace rolelens
