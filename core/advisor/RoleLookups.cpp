#include "advisor/RoleLookups.h"

#include "i18n/InSentence.h"

#include <QHash>

#include <algorithm>
#include <mutex>

namespace rolelens {
namespace {

// Weeks in a month, on average.
constexpr double kWeeksPerMonth = 52.0 / 12.0;

} // namespace

// Filled on first use, goal by goal, so that making an advisor costs nothing.
struct RoleLookups::Cache {
    std::mutex mutex;
    QHash<QString, std::shared_ptr<const Coverage>> serving;        // by goal id
    QHash<QString, std::shared_ptr<const Coverage>> doing;          // by task id
    QHash<QString, std::shared_ptr<const PrimaryUses>> primaryUses; // by metric id
    QHash<QString, std::shared_ptr<const Servers>> servers;         // by goal id
    std::shared_ptr<const std::vector<int>> primaryWeights;         // by role
};

namespace {

template <typename T, typename Make>
std::shared_ptr<const T> remembered(std::mutex &mutex,
                                    QHash<QString, std::shared_ptr<const T>> &known,
                                    const QString &key, Make make)
{
    const std::lock_guard lock(mutex);
    auto &entry = known[key];
    if (!entry) {
        entry = std::make_shared<const T>(make());
    }
    return entry;
}

// The roles for which `covers` holds, with whether an article backs each (`sourcesOf`).
template <typename Covers, typename SourcesOf>
RoleLookups::Coverage rolesWhere(const Catalog &catalog, Covers covers, SourcesOf sourcesOf)
{
    RoleLookups::Coverage coverage;
    const QList<Role> &roles = catalog.roles();
    for (qsizetype r = 0; r < roles.size(); ++r) {
        const Role &role = roles.at(r);
        if (covers(role)) {
            coverage.roles.push_back(r);
            coverage.articleBacked.push_back(
                RoleLookups::citesAnArticle(catalog, sourcesOf(role)) ? 1 : 0);
        }
    }
    return coverage;
}

} // namespace

RoleLookups::RoleLookups(const Catalog &catalog, Memory memory)
    : m_catalog(catalog), m_cache(memory ? std::move(memory) : std::make_shared<Cache>())
{
}

void RoleLookups::forget()
{
    m_cache = std::make_shared<Cache>();
}

std::shared_ptr<const RoleLookups::Coverage> RoleLookups::serving(const Goal &goal) const
{
    return remembered(m_cache->mutex, m_cache->serving, goal.id, [&] {
        return rolesWhere(
            m_catalog, [&](const Role &role) { return serves(role, goal); },
            [&](const Role &role) { return goalSources(role, goal); });
    });
}

std::shared_ptr<const RoleLookups::Coverage> RoleLookups::doing(const Task &task) const
{
    return remembered(m_cache->mutex, m_cache->doing, task.id, [&] {
        return rolesWhere(
            m_catalog, [&](const Role &role) { return does(role, task); },
            [&](const Role &role) { return taskSources(role, task); });
    });
}

std::shared_ptr<const RoleLookups::Positions> RoleLookups::servingRoles(const Goal &goal) const
{
    auto coverage = serving(goal);
    return {coverage, &coverage->roles};
}

std::shared_ptr<const RoleLookups::Positions> RoleLookups::doingRoles(const Task &task) const
{
    auto coverage = doing(task);
    return {coverage, &coverage->roles};
}

std::shared_ptr<const RoleLookups::Servers> RoleLookups::servers(const Goal &goal) const
{
    const auto roles = servingRoles(goal);
    return remembered(m_cache->mutex, m_cache->servers, goal.id, [&] {
        Servers found;
        for (const qsizetype position : *roles) {
            const Role &role = m_catalog.roles().at(position);
            found.titles.append(InSentence::label(role.title));
            appendUnique(found.sources, goalSources(role, goal));
        }
        return found;
    });
}

std::shared_ptr<const RoleLookups::PrimaryUses>
RoleLookups::primaryUses(const QString &metricId) const
{
    return remembered(m_cache->mutex, m_cache->primaryUses, metricId, [&] {
        PrimaryUses uses;
        const QList<Role> &roles = m_catalog.roles();
        for (qsizetype r = 0; r < roles.size(); ++r) {
            for (const auto &use : roles.at(r).metrics) {
                if (use.emphasis == MetricUse::Emphasis::Primary && use.metricId == metricId) {
                    uses.emplace_back(r, use.weight);
                }
            }
        }
        return uses;
    });
}

std::shared_ptr<const std::vector<int>> RoleLookups::primaryWeights() const
{
    const std::lock_guard lock(m_cache->mutex);
    if (!m_cache->primaryWeights) {
        std::vector<int> weights;
        weights.reserve(static_cast<std::size_t>(m_catalog.roles().size()));
        for (const auto &role : m_catalog.roles()) {
            int total = 0;
            for (const auto &use : role.metrics) {
                if (use.emphasis == MetricUse::Emphasis::Primary) {
                    total += use.weight;
                }
            }
            weights.push_back(total);
        }
        m_cache->primaryWeights = std::make_shared<const std::vector<int>>(std::move(weights));
    }
    return m_cache->primaryWeights;
}

void RoleLookups::prepare(std::stop_token stop) const
{
    // Each lookup is one pass over the roles: checking between them stops within one.
    const auto each = [&stop](const auto &entries, const auto &lookUp) {
        for (const auto &entry : entries) {
            if (stop.stop_requested()) {
                return false;
            }
            lookUp(entry);
        }
        return true;
    };
    if (stop.stop_requested()) {
        return;
    }
    primaryWeights();
    // servers() works out the roles serving the goal too.
    each(m_catalog.goals(), [this](const Goal &goal) { servers(goal); }) &&
        each(m_catalog.tasks(), [this](const Task &task) { doingRoles(task); }) &&
        each(m_catalog.metrics(), [this](const Metric &metric) { primaryUses(metric.id); });
}

qsizetype RoleLookups::rememberedLookups() const
{
    const std::lock_guard lock(m_cache->mutex);
    return m_cache->serving.size() + m_cache->doing.size() + m_cache->primaryUses.size() +
           m_cache->servers.size() + (m_cache->primaryWeights ? 1 : 0);
}

bool RoleLookups::serves(const Role &role, const Goal &goal)
{
    if (!goal.tags.isEmpty()) {
        return std::all_of(goal.tags.cbegin(), goal.tags.cend(), [&](const DimensionTag &tag) {
            return hasTag(role, tag.dimension, tag.tag);
        });
    }
    return std::any_of(goal.metrics.cbegin(), goal.metrics.cend(),
                       [&](const QString &metric) { return isPrimary(role, metric); });
}

bool RoleLookups::does(const Role &role, const Task &task)
{
    return std::any_of(
        role.responsibilities.cbegin(), role.responsibilities.cend(),
        [&](const Responsibility &item) { return task.responsibilities.contains(item.id); });
}

bool RoleLookups::horizonMismatch(const Role &role, const Goal &goal)
{
    const bool buildsLongTerm = hasTag(role, Dimension::TimeHorizon, kLongTerm);
    const bool actsImmediately = hasTag(role, Dimension::TimeHorizon, kImmediate);
    return (goal.horizon == kImmediate && buildsLongTerm && !actsImmediately) ||
           (goal.horizon == kLongTerm && actsImmediately && !buildsLongTerm);
}

Citations RoleLookups::goalSources(const Role &role, const Goal &goal)
{
    Citations sources;
    for (const auto &tag : goal.tags) {
        appendUnique(sources, role.dimension(tag.dimension).sources);
    }
    for (const auto &metric : goal.metrics) {
        if (isPrimary(role, metric)) {
            appendUnique(sources, role.metricUse(metric)->basis);
        }
    }
    return sources;
}

Citations RoleLookups::taskSources(const Role &role, const Task &task)
{
    Citations sources;
    for (const auto &item : role.responsibilities) {
        if (task.responsibilities.contains(item.id)) {
            appendUnique(sources, item.sources);
        }
    }
    return sources;
}

bool RoleLookups::citesAnArticle(const Catalog &catalog, const Citations &citations)
{
    return std::any_of(citations.cbegin(), citations.cend(), [&](const Citation &citation) {
        const Source *source = catalog.source(citation.sourceId);
        return source && source->kind == Source::Kind::Article;
    });
}

std::optional<GrowthAssumption> RoleLookups::growthFor(const Role &role, const Scenario &scenario)
{
    if (!role.audienceGrowth) {
        return std::nullopt;
    }
    GrowthAssumption growth = *role.audienceGrowth;
    if (scenario.audienceGrowth) {
        growth.lowPercentPerMonth = scenario.audienceGrowth->lowPercentPerMonth;
        growth.highPercentPerMonth = scenario.audienceGrowth->highPercentPerMonth;
    }
    return growth;
}

double RoleLookups::weeksToMonths(double weeks)
{
    return weeks / kWeeksPerMonth;
}

QList<const MetricUse *> RoleLookups::primaryUsesByWeight(const Role &role)
{
    QList<const MetricUse *> uses;
    for (const auto &use : role.metrics) {
        if (use.emphasis == MetricUse::Emphasis::Primary) {
            uses.append(&use);
        }
    }
    std::stable_sort(uses.begin(), uses.end(),
                     [](const MetricUse *a, const MetricUse *b) { return a->weight > b->weight; });
    return uses;
}

bool RoleLookups::isPrimary(const Role &role, const QString &metricId)
{
    const MetricUse *use = role.metricUse(metricId);
    return use && use->emphasis == MetricUse::Emphasis::Primary;
}

bool RoleLookups::hasTag(const Role &role, Dimension dimension, const QString &tag)
{
    return role.dimension(dimension).tags.contains(tag);
}

Citations RoleLookups::generalPractice(const Catalog &catalog)
{
    for (const auto &source : catalog.sources()) {
        if (source.kind == Source::Kind::GeneralPractice) {
            return {{source.id, {}}};
        }
    }
    return {};
}

QString RoleLookups::quoted(const Citations &citations)
{
    QStringList quotes;
    for (const auto &citation : citations) {
        if (!citation.quote.isEmpty()) {
            quotes.append(QStringLiteral("“%1”").arg(citation.quote));
        }
    }
    return quotes.join(QLatin1Char(' '));
}

} // namespace rolelens
