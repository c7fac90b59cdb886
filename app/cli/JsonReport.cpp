#include "cli/JsonReport.h"

#include "advisor/Targets.h"
#include "cli/DocumentJson.h"
#include "cli/JsonValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace rolelens {
namespace {

QString toText(const QJsonDocument &document)
{
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString sentence(const QString &text)
{
    return JsonValues::sentence(text);
}

QJsonArray sentences(const QStringList &list)
{
    QJsonArray array;
    for (const auto &text : list) {
        array.append(sentence(text));
    }
    return array;
}

QJsonArray toArray(const Citations &citations)
{
    return JsonValues::citations(citations);
}

// As the catalog file writes them: a plain id, or the line's description with its sources.
QJsonArray toArray(const QList<RoleLink> &links)
{
    QJsonArray array;
    for (const auto &link : links) {
        if (!link.isDescribed()) {
            array.append(link.roleId);
            continue;
        }
        QJsonObject entry{{QStringLiteral("role"), link.roleId},
                          {QStringLiteral("sources"), toArray(link.sources)}};
        if (!link.label.isEmpty()) {
            entry.insert(QStringLiteral("label"), link.label);
        }
        if (!link.condition.isEmpty()) {
            entry.insert(QStringLiteral("condition"), link.condition);
        }
        array.append(entry);
    }
    return array;
}

template <typename Item> QJsonArray namedItems(const QList<Item> &items)
{
    QJsonArray array;
    for (const auto &item : items) {
        array.append(QJsonObject{{QStringLiteral("id"), item.id},
                                 {QStringLiteral("name"), item.name},
                                 {QStringLiteral("description"), item.description},
                                 {QStringLiteral("sources"), toArray(item.sources)}});
    }
    return array;
}

// A benchmark with the report it comes from, so that a script needs no catalog to cite it,
// and the sentence every other output shows.
QJsonObject benchmarkObject(const Catalog &catalog, const Benchmark &benchmark)
{
    QJsonObject object{
        {QStringLiteral("id"), benchmark.id},
        {QStringLiteral("platform"), benchmark.platform},
        {QStringLiteral("statistic"), Benchmark::statisticKey(benchmark.statistic)},
        {QStringLiteral("value"), benchmark.value},
        {QStringLiteral("unit"), benchmark.unit},
        {QStringLiteral("measured"), benchmark.measured},
        {QStringLiteral("quote"), benchmark.quote},
        {QStringLiteral("source"), benchmark.sourceId},
        {QStringLiteral("sentence"), sentence(Targets::benchmark(catalog, benchmark))}};
    if (const Source *source = catalog.source(benchmark.sourceId)) {
        object.insert(QStringLiteral("publisher"), source->publisher);
        object.insert(QStringLiteral("report"), source->title);
        object.insert(QStringLiteral("year"), source->year);
        object.insert(QStringLiteral("ageYears"), source->ageInYears());
        object.insert(QStringLiteral("dataPeriod"), source->dataPeriod);
        object.insert(QStringLiteral("sample"), source->sample);
        object.insert(QStringLiteral("address"), source->address);
    }
    return object;
}

QJsonObject sharedAndUnique(const SharedAndUnique &split)
{
    QJsonObject unique;
    for (auto it = split.unique.begin(); it != split.unique.end(); ++it) {
        unique.insert(it.key(), toArray(it.value()));
    }
    return {{QStringLiteral("shared"), toArray(split.shared)}, {QStringLiteral("unique"), unique}};
}

} // namespace

QString JsonReport::list(const Catalog &catalog) const
{
    QJsonArray roles;
    for (const auto &role : catalog.roles()) {
        roles.append(QJsonObject{{QStringLiteral("id"), role.id},
                                 {QStringLiteral("title"), role.title},
                                 {QStringLiteral("category"), role.category}});
    }
    return toText(QJsonDocument(roles));
}

QString JsonReport::show(const Catalog &catalog, const Role &role) const
{
    QJsonObject dimensionsObject;
    for (const auto dimension : dimensions::all()) {
        const DimensionValue &value = role.dimension(dimension);
        dimensionsObject.insert(dimensions::key(dimension),
                                QJsonObject{{QStringLiteral("label"), dimensions::label(dimension)},
                                            {QStringLiteral("text"), value.text},
                                            {QStringLiteral("tags"), toArray(value.tags)},
                                            {QStringLiteral("sources"), toArray(value.sources)}});
    }
    QJsonArray metrics;
    for (const auto &use : role.metrics) {
        metrics.append(
            QJsonObject{{QStringLiteral("metric"), use.metricId},
                        {QStringLiteral("name"), catalog.metricName(use.metricId)},
                        {QStringLiteral("emphasis"), MetricUse::emphasisKey(use.emphasis)},
                        {QStringLiteral("weight"), use.weight},
                        {QStringLiteral("basis"), toArray(use.basis)}});
    }
    QJsonArray exclusions;
    for (const auto &item : role.notResponsibleFor) {
        exclusions.append(QJsonObject{{QStringLiteral("task"), item.task},
                                      {QStringLiteral("handledBy"), item.handledBy},
                                      {QStringLiteral("tasks"), toArray(item.taskIds)},
                                      {QStringLiteral("sources"), toArray(item.sources)}});
    }
    QJsonArray misconceptions;
    for (const auto &item : role.misconceptions) {
        misconceptions.append(QJsonObject{{QStringLiteral("belief"), item.belief},
                                          {QStringLiteral("reality"), item.reality},
                                          {QStringLiteral("sources"), toArray(item.sources)}});
    }
    QJsonArray disagreements;
    for (const Disagreement *disagreement : catalog.disagreementsFor(role.id)) {
        QJsonArray positions;
        for (const auto &position : disagreement->positions) {
            positions.append(QJsonObject{{QStringLiteral("view"), position.view},
                                         {QStringLiteral("sources"), toArray(position.sources)}});
        }
        disagreements.append(QJsonObject{{QStringLiteral("id"), disagreement->id},
                                         {QStringLiteral("topic"), disagreement->topic},
                                         {QStringLiteral("roles"), toArray(disagreement->roleIds)},
                                         {QStringLiteral("positions"), positions}});
    }
    QJsonArray sources;
    for (const auto &id : role.citedSourceIds()) {
        const Source *source = catalog.source(id);
        sources.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("kind"), Source::kindKey(source->kind)},
                                   {QStringLiteral("title"), source->title}});
    }
    QJsonObject expectedResults;
    if (role.expectedResults) {
        const ResultCurve &curve = *role.expectedResults;
        expectedResults = {{QStringLiteral("startDelayWeeks"), curve.startDelayWeeks},
                           {QStringLiteral("rampWeeks"), curve.rampWeeks},
                           {QStringLiteral("sources"), toArray(curve.sources)}};
        if (curve.decayHalfLifeWeeks) {
            expectedResults.insert(QStringLiteral("holdWeeks"), curve.holdWeeks);
            expectedResults.insert(QStringLiteral("decayHalfLifeWeeks"), *curve.decayHalfLifeWeeks);
        }
    }
    const QJsonObject object{
        {QStringLiteral("id"), role.id},
        {QStringLiteral("title"), role.title},
        {QStringLiteral("aliases"), toArray(role.aliases)},
        {QStringLiteral("category"), role.category},
        {QStringLiteral("summary"), role.summary},
        {QStringLiteral("summarySources"), toArray(role.summarySources)},
        {QStringLiteral("dimensions"), dimensionsObject},
        {QStringLiteral("responsibilities"), namedItems(role.responsibilities)},
        {QStringLiteral("skills"), namedItems(role.skills)},
        {QStringLiteral("metrics"), metrics},
        {QStringLiteral("reportsTo"), toArray(role.reportsTo)},
        {QStringLiteral("supervises"), toArray(role.supervises)},
        {QStringLiteral("notResponsibleFor"), exclusions},
        {QStringLiteral("misconceptions"), misconceptions},
        {QStringLiteral("disagreements"), disagreements},
        {QStringLiteral("expectedResults"), expectedResults},
        {QStringLiteral("sources"), sources},
    };
    return toText(QJsonDocument(object));
}

QString JsonReport::compare(const Catalog &catalog, const Comparison &comparison) const
{
    QJsonArray rows;
    for (const auto &row : comparison.rows) {
        QJsonObject values;
        QJsonObject tags;
        for (qsizetype i = 0; i < comparison.roleIds.size(); ++i) {
            values.insert(comparison.roleIds.at(i), row.texts.at(i));
            tags.insert(comparison.roleIds.at(i), toArray(row.tags.at(i)));
        }
        rows.append(QJsonObject{{QStringLiteral("dimension"), dimensions::key(row.dimension)},
                                {QStringLiteral("label"), dimensions::label(row.dimension)},
                                {QStringLiteral("values"), values},
                                {QStringLiteral("tags"), tags},
                                {QStringLiteral("relation"), relations::key(row.relation)}});
    }
    QJsonObject weights;
    for (const auto &id : comparison.roleIds) {
        QJsonObject perMetric;
        for (const auto &use : catalog.role(id)->metrics) {
            perMetric.insert(use.metricId, QJsonObject{{QStringLiteral("weight"), use.weight},
                                                       {QStringLiteral("emphasis"),
                                                        MetricUse::emphasisKey(use.emphasis)}});
        }
        weights.insert(id, perMetric);
    }
    const QJsonObject metrics = sharedAndUnique(comparison.metrics);
    const QJsonObject object{
        {QStringLiteral("roles"), toArray(comparison.roleIds)},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("sharedMetrics"), metrics.value(QStringLiteral("shared"))},
        {QStringLiteral("uniqueMetrics"), metrics.value(QStringLiteral("unique"))},
        {QStringLiteral("metricWeights"), weights},
        {QStringLiteral("responsibilities"), sharedAndUnique(comparison.responsibilities)},
        {QStringLiteral("skills"), sharedAndUnique(comparison.skills)},
    };
    return toText(QJsonDocument(object));
}

QString JsonReport::advise(const Catalog &catalog, const Advice &advice) const
{
    QJsonArray recommendations;
    for (const auto &item : advice.recommendations) {
        recommendations.append(
            QJsonObject{{QStringLiteral("role"), item.roleId},
                        {QStringLiteral("fit"), std::round(item.fit * 1000) / 1000},
                        {QStringLiteral("reasons"), sentences(item.reasons)},
                        {QStringLiteral("covers"),
                         QJsonObject{{QStringLiteral("goals"), toArray(item.coveredGoals)},
                                     {QStringLiteral("tasks"), toArray(item.coveredTasks)}}},
                        {QStringLiteral("misses"),
                         QJsonObject{{QStringLiteral("goals"), toArray(item.missedGoals)},
                                     {QStringLiteral("tasks"), toArray(item.missedTasks)}}}});
    }
    QJsonArray findings;
    for (const auto &finding : advice.findings) {
        QJsonObject object{{QStringLiteral("id"), finding.id},
                           {QStringLiteral("severity"), Advice::severityKey(finding.severity)},
                           {QStringLiteral("subject"), finding.subject},
                           {QStringLiteral("message"), sentence(finding.message)},
                           {QStringLiteral("explanation"), sentence(finding.explanation)},
                           {QStringLiteral("suggestion"), sentence(finding.suggestion)},
                           {QStringLiteral("sources"), toArray(finding.sources)}};
        // A script can route the task without parsing the sentence.
        if (!finding.handledBy.isEmpty()) {
            object.insert(QStringLiteral("handledBy"), finding.handledBy);
        }
        findings.append(object);
    }
    QJsonArray targets;
    for (const auto &target : advice.realisticTargets) {
        QJsonObject object{{QStringLiteral("metric"), target.metricId},
                           {QStringLiteral("weight"), target.weight},
                           {QStringLiteral("unit"), target.unit},
                           {QStringLiteral("sources"), toArray(target.sources)}};
        QJsonArray ranges;
        for (const auto &range : target.ranges) {
            ranges.append(QJsonObject{{QStringLiteral("months"), range.months},
                                      {QStringLiteral("low"), std::round(range.low * 10) / 10},
                                      {QStringLiteral("high"), std::round(range.high * 10) / 10}});
        }
        object.insert(QStringLiteral("ranges"), ranges);
        object.insert(QStringLiteral("assumption"), !target.ranges.isEmpty());
        QJsonArray benchmarks;
        for (const auto &benchmark : target.benchmarks) {
            benchmarks.append(benchmarkObject(catalog, benchmark));
        }
        object.insert(QStringLiteral("benchmarks"), benchmarks);
        if (target.ranges.isEmpty() && target.benchmarks.isEmpty()) {
            object.insert(QStringLiteral("rule"), sentence(Targets::noBenchmark()));
        }
        if (target.ownFigure) {
            object.insert(QStringLiteral("ownFigure"), *target.ownFigure);
        }
        if (target.ownerTarget) {
            object.insert(
                QStringLiteral("ownerTarget"),
                QJsonObject{{QStringLiteral("value"), std::round(*target.ownerTarget * 10) / 10},
                            {QStringLiteral("months"), std::round(target.ownerMonths() * 10) / 10},
                            {QStringLiteral("weeks"), target.ownerWeeks}});
        }
        targets.append(object);
    }
    QJsonArray plan;
    for (const auto &assignment : advice.plan.assignments) {
        plan.append(QJsonObject{
            {QStringLiteral("engagement"), HiringPlan::engagementKey(assignment.engagement)},
            {QStringLiteral("role"), assignment.roleId},
            {QStringLiteral("goals"), toArray(assignment.goals)},
            {QStringLiteral("tasks"), toArray(assignment.tasks)},
            {QStringLiteral("reasons"), sentences(assignment.reasons)},
            {QStringLiteral("sources"), toArray(assignment.sources)}});
    }
    const QJsonObject planObject{
        {QStringLiteral("assignments"), plan},
        {QStringLiteral("uncovered"),
         QJsonObject{{QStringLiteral("goals"), toArray(advice.plan.uncoveredGoals)},
                     {QStringLiteral("tasks"), toArray(advice.plan.uncoveredTasks)}}}};
    return toText(QJsonDocument(QJsonObject{{QStringLiteral("role"), advice.judgedRoleId},
                                            {QStringLiteral("plan"), planObject},
                                            {QStringLiteral("recommendations"), recommendations},
                                            {QStringLiteral("findings"), findings},
                                            {QStringLiteral("realisticTargets"), targets}}));
}

QString JsonReport::document(const Catalog &catalog, const Document &document) const
{
    Q_UNUSED(catalog);
    return toText(QJsonDocument(DocumentJson::of(document)));
}

} // namespace rolelens
