#include "advisor/Advisor.h"

#include "report/Figures.h"

#include <QHash>
#include <QLocale>

#include <algorithm>
#include <mutex>
#include <string_view>
#include <unordered_map>

namespace rolelens {
namespace {

const QString kFollowerCount = QStringLiteral("follower-count");
const QString kAudienceGrowth = QStringLiteral("audience-growth");
const QString kImmediate = QStringLiteral("immediate");
const QString kLongTerm = QStringLiteral("long-term");
const QString kOnePersonTwoRoles = QStringLiteral("one-person-two-roles");

// Weeks in a month, on average.
constexpr double kWeeksPerMonth = 52.0 / 12.0;

// A required rate this many times the assumption's high end is more than optimistic.
constexpr double kCriticalFactor = 3.0;

// How the fit weighs covering what the owner asked for against how much of the role's own
// measures are what the owner wants (a specialist beats a generalist that also covers it).
constexpr double kCoverageWeight = 0.8;
constexpr double kFocusWeight = 0.2;

void appendUnique(Citations &into, const Citations &more)
{
    for (const auto &citation : more) {
        if (!into.contains(citation)) {
            into.append(citation);
        }
    }
}

bool hasTag(const Role &role, Dimension dimension, const QString &tag)
{
    return role.dimension(dimension).tags.contains(tag);
}

bool isPrimary(const Role &role, const QString &metricId)
{
    const MetricUse *use = role.metricUse(metricId);
    return use && use->emphasis == MetricUse::Emphasis::Primary;
}

} // namespace

// What the advisor has worked out about the catalog's roles, kept for the next advice: the
// window asks again on every edit of the form, and with 20,000 roles asking every role each
// time is too slow. Filled on first use, goal by goal, so making an advisor costs nothing.
struct Advisor::Cache {
    std::mutex mutex;
    QHash<QString, std::shared_ptr<const Positions>> serving;       // by goal id
    QHash<QString, std::shared_ptr<const Positions>> doing;         // by task id
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

} // namespace

Advisor::Advisor(const Catalog &catalog) : m_catalog(catalog), m_cache(std::make_shared<Cache>()) {}

Advisor::Advisor(const Catalog &catalog, Memory memory)
    : m_catalog(catalog), m_cache(memory ? std::move(memory) : std::make_shared<Cache>())
{
}

template <typename Predicate> Advisor::Positions Advisor::rolesWhere(Predicate predicate) const
{
    Positions positions;
    const QList<Role> &roles = m_catalog.roles();
    for (qsizetype r = 0; r < roles.size(); ++r) {
        if (predicate(roles.at(r))) {
            positions.push_back(r);
        }
    }
    return positions;
}

std::shared_ptr<const Advisor::Positions> Advisor::servingRoles(const Goal &goal) const
{
    return remembered(m_cache->mutex, m_cache->serving, goal.id, [&] {
        return rolesWhere([&](const Role &role) { return serves(role, goal); });
    });
}

std::shared_ptr<const Advisor::Positions> Advisor::doingRoles(const Task &task) const
{
    return remembered(m_cache->mutex, m_cache->doing, task.id, [&] {
        return rolesWhere([&](const Role &role) { return does(role, task); });
    });
}

std::shared_ptr<const Advisor::Servers> Advisor::servers(const Goal &goal) const
{
    const auto serving = servingRoles(goal);
    return remembered(m_cache->mutex, m_cache->servers, goal.id, [&] {
        Servers found;
        for (const qsizetype position : *serving) {
            const Role &role = m_catalog.roles().at(position);
            found.titles.append(role.title.toLower());
            appendUnique(found.sources, goalSources(role, goal));
        }
        return found;
    });
}

std::shared_ptr<const Advisor::PrimaryUses> Advisor::primaryUses(const QString &metricId) const
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

std::shared_ptr<const std::vector<int>> Advisor::primaryWeights() const
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

void Advisor::prepare(std::stop_token stop) const
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

qsizetype Advisor::rememberedLookups() const
{
    const std::lock_guard lock(m_cache->mutex);
    return m_cache->serving.size() + m_cache->doing.size() + m_cache->primaryUses.size() +
           m_cache->servers.size() + (m_cache->primaryWeights ? 1 : 0);
}

double Advisor::weeksToMonths(double weeks)
{
    return weeks / kWeeksPerMonth;
}

std::optional<GrowthAssumption> Advisor::growthFor(const Role &role, const Scenario &scenario)
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

bool Advisor::serves(const Role &role, const Goal &goal) const
{
    if (!goal.tags.isEmpty()) {
        return std::all_of(goal.tags.cbegin(), goal.tags.cend(), [&](const DimensionTag &tag) {
            return hasTag(role, tag.dimension, tag.tag);
        });
    }
    return std::any_of(goal.metrics.cbegin(), goal.metrics.cend(),
                       [&](const QString &metric) { return isPrimary(role, metric); });
}

bool Advisor::horizonMismatch(const Role &role, const Goal &goal)
{
    const bool buildsLongTerm = hasTag(role, Dimension::TimeHorizon, kLongTerm);
    const bool actsImmediately = hasTag(role, Dimension::TimeHorizon, kImmediate);
    return (goal.horizon == kImmediate && buildsLongTerm && !actsImmediately) ||
           (goal.horizon == kLongTerm && actsImmediately && !buildsLongTerm);
}

bool Advisor::does(const Role &role, const Task &task) const
{
    return std::any_of(
        role.responsibilities.cbegin(), role.responsibilities.cend(),
        [&](const Responsibility &item) { return task.responsibilities.contains(item.id); });
}

Citations Advisor::goalSources(const Role &role, const Goal &goal) const
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

Citations Advisor::taskSources(const Role &role, const Task &task) const
{
    Citations sources;
    for (const auto &item : role.responsibilities) {
        if (task.responsibilities.contains(item.id)) {
            appendUnique(sources, item.sources);
        }
    }
    return sources;
}

QList<Advice::Recommendation> Advisor::recommend(const Scenario &scenario) const
{
    const qsizetype asked = scenario.goals.size() + scenario.tasks.size();
    if (asked == 0) {
        return {};
    }
    // Which roles cover each thing asked: a row of `asked` flags per role, goals first.
    const qsizetype roleCount = m_catalog.roles().size();
    const auto cell = [&](qsizetype role, qsizetype item) {
        return static_cast<std::size_t>(role * asked + item);
    };
    std::vector<char> covers(cell(roleCount, 0), 0);
    std::vector<qsizetype> coveredCount(static_cast<std::size_t>(roleCount), 0);
    const auto mark = [&](const std::vector<qsizetype> &roles, qsizetype item) {
        for (const qsizetype role : roles) {
            covers[cell(role, item)] = 1;
            ++coveredCount[static_cast<std::size_t>(role)];
        }
    };
    for (qsizetype g = 0; g < scenario.goals.size(); ++g) {
        mark(*servingRoles(*m_catalog.goal(scenario.goals.at(g))), g);
    }
    for (qsizetype t = 0; t < scenario.tasks.size(); ++t) {
        mark(*doingRoles(*m_catalog.task(scenario.tasks.at(t))), scenario.goals.size() + t);
    }
    // How much of each role's primary weight is on what the goals measure.
    QStringList wanted;
    for (const auto &id : scenario.goals) {
        for (const auto &metric : m_catalog.goal(id)->metrics) {
            if (!wanted.contains(metric)) {
                wanted.append(metric);
            }
        }
    }
    std::vector<int> matched(static_cast<std::size_t>(roleCount), 0);
    for (const auto &metric : wanted) {
        for (const auto &[role, weight] : *primaryUses(metric)) {
            matched[static_cast<std::size_t>(role)] += weight;
        }
    }
    const bool goalsHaveMetrics = !wanted.isEmpty();

    // Roles with the same flags share their lists and reasons, and most of the reasons' text
    // is the same for every role: build each once.
    struct Pattern {
        Advice::Recommendation described;
        QHash<int, QStringList> reasonsByFocus; // by the focus in percent
    };
    std::unordered_map<std::string_view, Pattern> patterns;
    const auto patternOf = [&](qsizetype role) -> Pattern & {
        const std::string_view flags(&covers[cell(role, 0)], static_cast<std::size_t>(asked));
        auto [it, added] = patterns.try_emplace(flags);
        if (added) {
            it->second.described = describe(scenario, flags);
        }
        return it->second;
    };

    struct Ranked {
        double fit;
        qsizetype role;
        double focus;
    };
    const auto weights = primaryWeights();
    std::vector<Ranked> ranked;
    for (qsizetype r = 0; r < roleCount; ++r) {
        const qsizetype covered = coveredCount[static_cast<std::size_t>(r)];
        if (covered == 0) {
            continue;
        }
        const int total = (*weights)[static_cast<std::size_t>(r)];
        const double roleFocus =
            total == 0 ? 0.0 : static_cast<double>(matched[static_cast<std::size_t>(r)]) / total;
        const double coverage = static_cast<double>(covered) / static_cast<double>(asked);
        ranked.push_back({kCoverageWeight * coverage + kFocusWeight * roleFocus, r, roleFocus});
    }
    // Stable: equal fits keep the catalog's order, so the ranking is deterministic.
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const Ranked &a, const Ranked &b) { return a.fit > b.fit; });

    QList<Advice::Recommendation> recommendations;
    recommendations.reserve(static_cast<qsizetype>(ranked.size()));
    for (const Ranked &item : ranked) {
        Pattern &pattern = patternOf(item.role);
        const int percent = qRound(item.focus * 100);
        auto reasons = pattern.reasonsByFocus.constFind(percent);
        if (reasons == pattern.reasonsByFocus.cend()) {
            QStringList all = pattern.described.reasons;
            if (goalsHaveMetrics) {
                all.append(
                    tr("%1 % of what this role is mainly judged by is what your goals ask for.")
                        .arg(percent));
            }
            reasons = pattern.reasonsByFocus.insert(percent, all);
        }
        Advice::Recommendation recommendation = pattern.described;
        recommendation.roleId = m_catalog.roles().at(item.role).id;
        recommendation.fit = item.fit;
        recommendation.reasons = *reasons;
        recommendations.append(std::move(recommendation));
    }
    return recommendations;
}

Advice::Recommendation Advisor::describe(const Scenario &scenario, std::string_view flags) const
{
    Advice::Recommendation recommendation;
    const qsizetype goalCount = scenario.goals.size();
    for (qsizetype g = 0; g < goalCount; ++g) {
        (flags[static_cast<std::size_t>(g)] ? recommendation.coveredGoals
                                            : recommendation.missedGoals)
            .append(scenario.goals.at(g));
    }
    for (qsizetype t = 0; t < scenario.tasks.size(); ++t) {
        (flags[static_cast<std::size_t>(goalCount + t)] ? recommendation.coveredTasks
                                                        : recommendation.missedTasks)
            .append(scenario.tasks.at(t));
    }
    const auto labels = [&](const QStringList &ids, bool goals) {
        QStringList names;
        for (const auto &id : ids) {
            names.append(goals ? m_catalog.goal(id)->label : m_catalog.task(id)->label);
        }
        return names.join(QStringLiteral("; "));
    };
    // "Serves 2 of your 3 goals: ..." then "Does not serve: ...", and the same for tasks;
    // each reason names its items last.
    const auto explain = [&](const QStringList &served, const QStringList &missed, bool goals,
                             const QString &coveredReason, const QString &missedReason) {
        if (!served.isEmpty()) {
            recommendation.reasons.append(coveredReason.arg(labels(served, goals)));
        }
        if (!missed.isEmpty()) {
            recommendation.reasons.append(missedReason.arg(labels(missed, goals)));
        }
    };
    explain(recommendation.coveredGoals, recommendation.missedGoals, true,
            tr("Serves %n of your %1 goals: %2.", nullptr,
               static_cast<int>(recommendation.coveredGoals.size()))
                .arg(scenario.goals.size()),
            tr("Does not serve: %1."));
    explain(recommendation.coveredTasks, recommendation.missedTasks, false,
            tr("Does %n of your %1 tasks: %2.", nullptr,
               static_cast<int>(recommendation.coveredTasks.size()))
                .arg(scenario.tasks.size()),
            tr("Does not do: %1."));
    return recommendation;
}

Advice Advisor::advise(const Scenario &scenario) const
{
    Advice advice;
    advice.recommendations = recommend(scenario);
    advice.judgedRoleId = scenario.considering;
    if (advice.judgedRoleId.isEmpty() && !advice.recommendations.isEmpty()) {
        advice.judgedRoleId = advice.recommendations.first().roleId;
    }
    const Role *role = m_catalog.role(advice.judgedRoleId);
    if (role) {
        checkFollowerGrowth(scenario, *role, advice);
        checkJudgedByFollowers(scenario, *role, advice);
        checkHorizons(scenario, *role, advice);
        checkGoalsInScope(scenario, *role, advice);
        checkTasksInScope(scenario, *role, advice);
    }
    checkTwoRolesOneHire(scenario, advice);
    checkAdBudget(scenario, advice);
    // Most serious first; equal severities keep the order they were found in.
    std::stable_sort(
        advice.findings.begin(), advice.findings.end(),
        [](const Advice::Finding &a, const Advice::Finding &b) { return a.severity > b.severity; });
    if (role) {
        addTargets(scenario, *role, advice);
    }
    return advice;
}

void Advisor::checkFollowerGrowth(const Scenario &scenario, const Role &role, Advice &advice) const
{
    const auto growth = growthFor(role, scenario);
    if (!scenario.followers || !growth) {
        return;
    }
    const auto &followers = *scenario.followers;
    // From zero no rate can be computed; growth that is not asked for cannot be unrealistic.
    if (followers.current <= 0 || followers.target <= followers.current) {
        return;
    }
    const double months = weeksToMonths(followers.weeks);
    const double required =
        GrowthAssumption::requiredPerMonth(followers.current, followers.target, months);
    if (required <= growth->highPercentPerMonth) {
        return;
    }
    const double realisticHigh =
        followers.current *
        (1.0 + GrowthAssumption::compounded(growth->highPercentPerMonth, months) / 100.0);
    const double realisticLow =
        followers.current *
        (1.0 + GrowthAssumption::compounded(growth->lowPercentPerMonth, months) / 100.0);
    Advice::Finding finding;
    finding.id = QStringLiteral("follower-growth-unrealistic");
    finding.severity = required > kCriticalFactor * growth->highPercentPerMonth
                           ? Advice::Severity::Critical
                           : Advice::Severity::Warning;
    finding.subject = kFollowerCount;
    finding.message =
        tr("Going from %1 to %2 followers in %3 needs %4 growth a month; a %5 typically "
           "grows an audience by %6 to %7 a month.")
            .arg(Figures::number(followers.current), Figures::number(followers.target),
                 Figures::weeks(followers.weeks), Figures::percent(required), role.title.toLower(),
                 Figures::percent(growth->lowPercentPerMonth),
                 Figures::percent(growth->highPercentPerMonth));
    finding.explanation =
        tr("The %1 builds an audience over months, not overnight. The monthly range is an "
           "assumption (the articles give no figures): change it in the advisor if you know "
           "better.")
            .arg(role.title.toLower());
    finding.suggestion = tr("Expect about %1 to %2 followers after %3, or add a short "
                            "influencer campaign if you need a quick spike.")
                             .arg(Figures::number(realisticLow), Figures::number(realisticHigh),
                                  Figures::weeks(followers.weeks));
    finding.sources = growth->sources;
    advice.findings.append(finding);
}

void Advisor::checkJudgedByFollowers(const Scenario &scenario, const Role &role,
                                     Advice &advice) const
{
    if (!scenario.judgeBy.contains(kFollowerCount) || isPrimary(role, kFollowerCount)) {
        return;
    }
    const bool mainly =
        scenario.judgeBy.first() == kFollowerCount ||
        std::all_of(scenario.judgeBy.cbegin(), scenario.judgeBy.cend(), [](const QString &id) {
            return id == kFollowerCount || id == kAudienceGrowth;
        });
    if (!mainly) {
        return;
    }
    QStringList primaries;
    QList<const MetricUse *> uses;
    for (const auto &use : role.metrics) {
        if (use.emphasis == MetricUse::Emphasis::Primary) {
            uses.append(&use);
        }
    }
    std::stable_sort(uses.begin(), uses.end(),
                     [](const MetricUse *a, const MetricUse *b) { return a->weight > b->weight; });
    for (const MetricUse *use : uses.mid(0, 4)) {
        primaries.append(m_catalog.metricName(use->metricId).toLower());
    }
    Advice::Finding finding;
    finding.id = QStringLiteral("judged-by-follower-count");
    finding.severity = Advice::Severity::Warning;
    finding.subject = kFollowerCount;
    finding.message = tr("A %1 would be judged mainly by follower count, which is not what "
                         "the role is for.")
                          .arg(role.title.toLower());
    finding.explanation = role.dimension(Dimension::SuccessMetrics).text;
    finding.suggestion = tr("Judge the hire by %1; keep follower count as one signal among them.")
                             .arg(primaries.join(QStringLiteral(", ")));
    finding.sources = role.dimension(Dimension::SuccessMetrics).sources;
    advice.findings.append(finding);
}

void Advisor::checkTwoRolesOneHire(const Scenario &scenario, Advice &advice) const
{
    if (scenario.oneHireCovers.size() < 2) {
        return;
    }
    QStringList titles;
    for (const auto &id : scenario.oneHireCovers) {
        titles.append(m_catalog.roleTitle(id).toLower());
    }
    const bool smallBusiness = scenario.size == Scenario::BusinessSize::Solo ||
                               scenario.size == Scenario::BusinessSize::Small;
    Advice::Finding finding;
    finding.id = QStringLiteral("two-roles-one-hire");
    finding.severity = smallBusiness ? Advice::Severity::Info : Advice::Severity::Warning;
    finding.subject = scenario.oneHireCovers.join(QLatin1Char('+'));
    finding.message = tr("One hire is expected to be %1: the catalog keeps these roles apart.")
                          .arg(titles.join(tr(" and ")));
    finding.explanation =
        smallBusiness
            ? tr("In a small business one person may do both, the articles say, but each "
                 "role's work still takes its own time; one article warns that such 2-in-1 "
                 "jobs often come with a lower than acceptable salary.")
            : tr("In a business of this size the articles expect separate people: one "
                 "article warns that looking for a 2-in-1 professional usually comes with a "
                 "lower than acceptable salary.");
    finding.suggestion =
        smallBusiness
            ? tr("If one person does both, budget the hours and pay for both, and judge each "
                 "role by its own measures.")
            : tr("Hire for each role, or pick the one that matters most now and contract the "
                 "other.");
    // Both sides of the catalog's disagreement on whether one person can fill two roles.
    for (const auto &disagreement : m_catalog.disagreements()) {
        if (disagreement.id == kOnePersonTwoRoles) {
            for (const auto &position : disagreement.positions) {
                appendUnique(finding.sources, position.sources);
            }
        }
    }
    for (const auto &id : scenario.oneHireCovers) {
        appendUnique(finding.sources, m_catalog.role(id)->dimension(Dimension::Purpose).sources);
    }
    advice.findings.append(finding);
}

void Advisor::checkGoalsInScope(const Scenario &scenario, const Role &role, Advice &advice) const
{
    for (const auto &id : scenario.goals) {
        const Goal *goal = m_catalog.goal(id);
        // Timing mismatches have findings of their own.
        if (serves(role, *goal) || horizonMismatch(role, *goal)) {
            continue;
        }
        Advice::Finding finding;
        finding.id = QStringLiteral("goal-out-of-scope");
        finding.severity = Advice::Severity::Warning;
        finding.subject = goal->id;
        const auto others = servers(*goal);
        finding.sources = others->sources;
        finding.message =
            tr("\"%1\" is not what a %2 is for.").arg(goal->label, role.title.toLower());
        finding.explanation = role.dimension(Dimension::Purpose).text;
        appendUnique(finding.sources, role.dimension(Dimension::Purpose).sources);
        // A large catalog has thousands of roles for a goal: a sentence names a few.
        const qsizetype named = std::min(others->titles.size(), kMaxNamedRoles);
        const QString list = others->titles.first(named).join(tr(" or a "));
        if (others->titles.isEmpty()) {
            finding.suggestion =
                tr("No role in the catalog is judged by it; agree how it will be measured.");
        } else if (named == others->titles.size()) {
            finding.suggestion = tr("This goal belongs to a %1.").arg(list);
        } else {
            finding.suggestion =
                tr("This goal belongs to a %1, or to one of %2 other roles in the catalog.")
                    .arg(list)
                    .arg(others->titles.size() - named);
        }
        advice.findings.append(finding);
    }
}

void Advisor::checkTasksInScope(const Scenario &scenario, const Role &role, Advice &advice) const
{
    for (const auto &id : scenario.tasks) {
        const Task *task = m_catalog.task(id);
        if (does(role, *task)) {
            continue;
        }
        const Role *handler = m_catalog.role(task->handledBy);
        Advice::Finding finding;
        finding.id = QStringLiteral("task-out-of-scope");
        finding.severity = Advice::Severity::Warning;
        finding.subject = task->id;
        finding.message = tr("\"%1\" is not the work of a %2: a %3 does it.")
                              .arg(task->label, role.title.toLower(), handler->title.toLower());
        for (const auto &exclusion : role.notResponsibleFor) {
            if (exclusion.handledBy == handler->id) {
                finding.explanation = exclusion.task;
                appendUnique(finding.sources, exclusion.sources);
            }
        }
        if (finding.explanation.isEmpty()) {
            finding.explanation = tr("None of the %1's responsibilities covers it; it is part "
                                     "of the %2's work.")
                                      .arg(role.title.toLower(), handler->title.toLower());
        }
        appendUnique(finding.sources, taskSources(*handler, *task));
        finding.suggestion = tr("Hire or contract a %1 for it, or leave it out of this job "
                                "description.")
                                 .arg(handler->title.toLower());
        advice.findings.append(finding);
    }
}

void Advisor::checkHorizons(const Scenario &scenario, const Role &role, Advice &advice) const
{
    QStringList longTermGoals;
    for (const auto &id : scenario.goals) {
        const Goal *goal = m_catalog.goal(id);
        if (!horizonMismatch(role, *goal)) {
            continue;
        }
        if (goal->horizon == kImmediate) {
            Advice::Finding finding;
            finding.id = QStringLiteral("immediate-visibility-needs-influencer");
            finding.severity = Advice::Severity::Warning;
            finding.subject = goal->id;
            finding.message = tr("You want %1, but a %2 builds over the long term.")
                                  .arg(goal->label.toLower(), role.title.toLower());
            finding.explanation = role.dimension(Dimension::TimeHorizon).text;
            finding.sources = role.dimension(Dimension::TimeHorizon).sources;
            const auto serving = servingRoles(*goal);
            if (!serving->empty()) {
                const Role &other = m_catalog.roles().at(serving->front());
                appendUnique(finding.sources, goalSources(other, *goal));
                finding.suggestion =
                    tr("For the launch, add a short campaign with a %1; judge the %2 on "
                       "what builds over months.")
                        .arg(other.title.toLower(), role.title.toLower());
            }
            advice.findings.append(finding);
        }
        if (goal->horizon == kLongTerm) {
            longTermGoals.append(goal->label.toLower());
        }
    }
    if (longTermGoals.isEmpty()) {
        return;
    }
    Advice::Finding finding;
    finding.id = QStringLiteral("influencer-for-long-term-presence");
    finding.severity = Advice::Severity::Warning;
    finding.subject = role.id;
    finding.message = tr("A %1 is considered for %2, which take months; the role works "
                         "campaign by campaign.")
                          .arg(role.title.toLower(), longTermGoals.join(tr(" and ")));
    finding.explanation = role.dimension(Dimension::TimeHorizon).text;
    finding.sources = role.dimension(Dimension::TimeHorizon).sources;
    for (const auto &exclusion : role.notResponsibleFor) {
        const Role *other = m_catalog.role(exclusion.handledBy);
        if (other && hasTag(*other, Dimension::TimeHorizon, kLongTerm)) {
            appendUnique(finding.sources, exclusion.sources);
            finding.suggestion = tr("Use the %1 for short campaigns; for a lasting presence, "
                                    "hire a %2.")
                                     .arg(role.title.toLower(), other->title.toLower());
            break;
        }
    }
    advice.findings.append(finding);
}

void Advisor::checkAdBudget(const Scenario &scenario, Advice &advice) const
{
    if (scenario.budget && scenario.budget->monthlyAdSpend.value_or(0) > 0) {
        return;
    }
    QStringList needing;
    Citations sources;
    for (const auto &id : scenario.goals) {
        const Goal *goal = m_catalog.goal(id);
        if (goal->needsAdBudget) {
            needing.append(goal->label.toLower());
        }
    }
    for (const auto &id : scenario.tasks) {
        const Task *task = m_catalog.task(id);
        if (task->needsAdBudget) {
            needing.append(task->label.toLower());
            appendUnique(sources, taskSources(*m_catalog.role(task->handledBy), *task));
        }
    }
    if (needing.isEmpty()) {
        return;
    }
    if (sources.isEmpty()) {
        // A goal alone: cite who runs paid advertising in the catalog.
        for (const auto &task : m_catalog.tasks()) {
            if (task.needsAdBudget) {
                appendUnique(sources, taskSources(*m_catalog.role(task.handledBy), task));
            }
        }
    }
    Advice::Finding finding;
    finding.id = QStringLiteral("ads-without-budget");
    finding.severity = Advice::Severity::Warning;
    finding.subject = QStringLiteral("budget");
    finding.message = tr("%1 needs paid advertising, and no ad budget is set.")
                          .arg(needing.join(QStringLiteral("; ")));
    finding.message[0] = finding.message[0].toUpper();
    finding.explanation = tr("Paid campaigns spend money on the platforms on top of the "
                             "salary; without it, results come from organic work only, and "
                             "more slowly.");
    finding.suggestion = tr("Set a monthly ad spend, or drop paid campaigns from the goals and "
                            "tasks.");
    finding.sources = sources;
    advice.findings.append(finding);
}

void Advisor::addTargets(const Scenario &scenario, const Role &role, Advice &advice) const
{
    const auto growth = growthFor(role, scenario);
    QList<const MetricUse *> uses;
    for (const auto &use : role.metrics) {
        if (use.emphasis == MetricUse::Emphasis::Primary) {
            uses.append(&use);
        }
    }
    std::stable_sort(uses.begin(), uses.end(),
                     [](const MetricUse *a, const MetricUse *b) { return a->weight > b->weight; });
    const auto rangesFor = [&](double base) {
        QList<Advice::Range> ranges;
        for (const int months : kHorizons) {
            const double low = GrowthAssumption::compounded(growth->lowPercentPerMonth, months);
            const double high = GrowthAssumption::compounded(growth->highPercentPerMonth, months);
            ranges.append(
                base > 0 ? Advice::Range{months, base * (1 + low / 100), base * (1 + high / 100)}
                         : Advice::Range{months, low, high});
        }
        return ranges;
    };
    for (const MetricUse *use : uses) {
        Advice::RealisticTarget target;
        target.metricId = use->metricId;
        target.weight = use->weight;
        target.unit = m_catalog.metric(use->metricId)->unit;
        target.sources = use->basis;
        if (use->metricId == kAudienceGrowth && growth) {
            target.ranges = rangesFor(0);
            target.sources = growth->sources;
            if (scenario.followers && scenario.followers->current > 0) {
                target.ownerMonths = weeksToMonths(scenario.followers->weeks);
                target.ownerTarget =
                    (static_cast<double>(scenario.followers->target) / scenario.followers->current -
                     1.0) *
                    100.0;
            }
        }
        advice.realisticTargets.append(target);
    }
    // Owners count followers: when they gave theirs, say what the assumption means in them.
    if (growth && scenario.followers && scenario.followers->current > 0) {
        Advice::RealisticTarget target;
        target.metricId = kFollowerCount;
        const MetricUse *use = role.metricUse(kFollowerCount);
        target.weight = use ? use->weight : 0;
        target.unit = m_catalog.metric(kFollowerCount)->unit;
        target.ranges = rangesFor(scenario.followers->current);
        target.ownerTarget = scenario.followers->target;
        target.ownerMonths = weeksToMonths(scenario.followers->weeks);
        target.sources = growth->sources;
        advice.realisticTargets.append(target);
    }
}

} // namespace rolelens
