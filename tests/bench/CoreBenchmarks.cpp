// Core benchmarks for issue 8 ("fast at any size"): catalog load and validation, comparison and
// the advisor, on the built-in catalog and on generated ones (CatalogGenerator.h), and the heap
// a 20,000-role catalog holds. Run by hand (tests/bench/core_benchmarks.sh); not a CTest test.

#include "advisor/Advisor.h"
#include "catalog/CatalogLoader.h"
#include "compare/Comparison.h"
#include "scenario/ScenarioFile.h"
#include "support/CatalogGenerator.h"

#include <QFileInfo>
#include <QString>
#include <QStringList>

#include <benchmark/benchmark.h>

#include <malloc.h>
#include <map>
#include <memory>
#include <optional>

using namespace rolelens;

namespace {

constexpr quint32 kSeed = 1; // the generator tool's default
constexpr int kLargeCatalog = 20'000;
constexpr double kTargetBytesPerRole = 20.0 * 1024.0;

// Generated once per size, outside every timed loop.
const std::vector<QByteArray> &generatedFiles(int roles)
{
    static std::map<int, std::vector<QByteArray>> cache;
    auto it = cache.find(roles);
    if (it == cache.end()) {
        it = cache
                 .emplace(roles, roles > 0 ? bench::generateCatalogFiles(roles, kSeed)
                                           : std::vector<QByteArray>())
                 .first;
    }
    return it->second;
}

// The built-in catalog plus `roles` generated roles, loaded once.
const Catalog *catalogWith(int roles)
{
    static std::map<int, std::optional<Catalog>> cache;
    auto it = cache.find(roles);
    if (it == cache.end()) {
        auto result = bench::loadWithBuiltIn(generatedFiles(roles));
        std::optional<Catalog> catalog;
        if (result) {
            catalog = std::move(result).value();
        }
        it = cache.emplace(roles, std::move(catalog)).first;
    }
    return it->second ? &*it->second : nullptr;
}

qsizetype builtInRoleCount()
{
    const Catalog *catalog = catalogWith(0);
    return catalog ? catalog->roles().size() : 0;
}

QString catalogName(int roles)
{
    return roles == 0 ? QStringLiteral("built-in")
                      : QStringLiteral("built-in + %1 generated roles").arg(roles);
}

void setLabel(benchmark::State &state, const QString &label)
{
    state.SetLabel(label.toStdString());
}

// --- Catalog load and validation: addBuiltIn, addBytes per generated file, finish ---------

void catalogLoad(benchmark::State &state)
{
    const int roles = static_cast<int>(state.range(0));
    const auto &files = generatedFiles(roles);
    qint64 bytes = 0;
    for (const auto &file : files) {
        bytes += file.size();
    }
    qsizetype loaded = 0;
    for (auto _ : state) {
        auto loader = std::make_unique<CatalogLoader>();
        loader->addBuiltIn();
        for (std::size_t i = 0; i < files.size(); ++i) {
            loader->addBytes(files[i], bench::generatedFileName(i));
        }
        auto catalog = std::make_unique<Result<Catalog>>(loader->finish());
        // Tearing down is not part of loading.
        state.PauseTiming();
        const bool ok = catalog->ok();
        if (ok) {
            loaded = catalog->value().roles().size();
        }
        catalog.reset();
        loader.reset();
        state.ResumeTiming();
        if (!ok) {
            state.SkipWithError("the catalog does not load");
            break;
        }
    }
    state.counters["roles"] = static_cast<double>(loaded);
    state.counters["files"] = static_cast<double>(files.size());
    state.counters["roles_per_s"] = benchmark::Counter(
        static_cast<double>(loaded), benchmark::Counter::kIsIterationInvariantRate);
    setLabel(state, QStringLiteral("%1: %2 roles; generated JSON %3 MiB in %4 file(s)")
                        .arg(catalogName(roles))
                        .arg(loaded)
                        .arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(files.size()));
}
BENCHMARK(catalogLoad)
    ->ArgName("generated_roles")
    ->Arg(0)
    ->Arg(1'000)
    ->Arg(kLargeCatalog)
    ->Unit(benchmark::kMillisecond);

// --- Comparison::of of four roles ---------------------------------------------------------

void compare(benchmark::State &state, const Catalog *catalog, const QStringList &ids,
             const QString &what)
{
    if (!catalog) {
        state.SkipWithError("the catalog does not load");
        return;
    }
    if (!Comparison::of(*catalog, ids)) {
        state.SkipWithError("the comparison fails");
        return;
    }
    for (auto _ : state) {
        auto comparison = Comparison::of(*catalog, ids);
        benchmark::DoNotOptimize(comparison);
    }
    setLabel(state, QStringLiteral("%1 in a catalog of %2 roles: %3")
                        .arg(what)
                        .arg(catalog->roles().size())
                        .arg(ids.join(QStringLiteral(", "))));
}

void compareBuiltIn(benchmark::State &state)
{
    compare(state, catalogWith(0),
            {QStringLiteral("social-media-manager"), QStringLiteral("social-media-influencer"),
             QStringLiteral("social-media-marketer"), QStringLiteral("community-manager")},
            QStringLiteral("4 built-in roles"));
}
BENCHMARK(compareBuiltIn)->Unit(benchmark::kMicrosecond);

void compareGenerated(benchmark::State &state)
{
    const Catalog *catalog = catalogWith(kLargeCatalog);
    QStringList ids;
    if (catalog) {
        const qsizetype first = builtInRoleCount();
        for (const qsizetype offset :
             {qsizetype(0), qsizetype(4'999), qsizetype(9'999), qsizetype(kLargeCatalog - 1)}) {
            ids.append(catalog->roles().at(first + offset).id);
        }
    }
    compare(state, catalog, ids, QStringLiteral("4 generated roles"));
}
BENCHMARK(compareGenerated)->Unit(benchmark::kMicrosecond);

// --- The advisor on every example scenario (registered in main) ---------------------------

void advise(benchmark::State &state, int roles, const QString &scenarioPath)
{
    const Catalog *catalog = catalogWith(roles);
    if (!catalog) {
        state.SkipWithError("the catalog does not load");
        return;
    }
    const auto scenario = ScenarioFile::load(scenarioPath, *catalog);
    if (!scenario) {
        state.SkipWithError("the scenario does not load");
        return;
    }
    const Advisor advisor(*catalog);
    Advice advice;
    for (auto _ : state) {
        advice = advisor.advise(scenario.value());
        benchmark::DoNotOptimize(advice);
    }
    state.counters["recommendations"] = static_cast<double>(advice.recommendations.size());
    state.counters["findings"] = static_cast<double>(advice.findings.size());
    setLabel(state,
             QStringLiteral("%1, %2").arg(QFileInfo(scenarioPath).fileName(), catalogName(roles)));
}

// --- Heap held by a 20,000-role catalog ---------------------------------------------------

// Bytes handed out by malloc and not yet freed: small blocks (uordblks) plus the blocks
// glibc serves with mmap (hblkhd), where large arrays such as the list of roles end up.
std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

// What the roles hold, for reading the figure: how many strings and lists, and their text.
struct Census {
    double strings = 0;
    double stringBytes = 0; // UTF-16 payload
    double lists = 0;       // non-empty lists, each its own allocation

    void add(const QString &text)
    {
        strings += 1;
        stringBytes += 2.0 * static_cast<double>(text.size());
    }
    void add(const QStringList &texts)
    {
        lists += texts.isEmpty() ? 0 : 1;
        for (const auto &text : texts) {
            add(text);
        }
    }
    void add(const Citations &citations)
    {
        lists += citations.isEmpty() ? 0 : 1;
        for (const auto &citation : citations) {
            add(citation.sourceId);
            add(citation.quote);
        }
    }
    template <typename Item> void addNamed(const QList<Item> &items)
    {
        lists += 1;
        for (const auto &item : items) {
            add(item.id);
            add(item.name);
            add(item.description);
            add(item.sources);
        }
    }
    void add(const Role &role)
    {
        for (const auto *text : {&role.id, &role.title, &role.category, &role.summary}) {
            add(*text);
        }
        add(role.aliases);
        add(role.summarySources);
        for (const auto &value : role.dimensions) {
            add(value.text);
            add(value.tags);
            add(value.sources);
        }
        addNamed(role.responsibilities);
        addNamed(role.skills);
        lists += 1;
        for (const auto &use : role.metrics) {
            add(use.metricId);
            add(use.basis);
        }
        for (const auto &exclusion : role.notResponsibleFor) {
            add(exclusion.task);
            add(exclusion.handledBy);
            add(exclusion.sources);
        }
        for (const auto &misconception : role.misconceptions) {
            add(misconception.belief);
            add(misconception.reality);
            add(misconception.sources);
        }
        if (role.expectedResults) {
            add(role.expectedResults->sources);
        }
        if (role.audienceGrowth) {
            add(role.audienceGrowth->sources);
        }
    }
};

void coreMemory(benchmark::State &state)
{
    const auto &files = generatedFiles(kLargeCatalog);
    // First-use allocations (loggers, regular expressions, resources) are not the catalog's.
    if (!bench::loadWithBuiltIn({})) {
        state.SkipWithError("the built-in catalog does not load");
        return;
    }
    double builtInBytes = 0;
    double largeBytes = 0;
    Census census;
    for (auto _ : state) {
        std::size_t before = heapInUse();
        std::optional<Catalog> catalog;
        catalog = bench::loadWithBuiltIn({}).value();
        builtInBytes = static_cast<double>(heapInUse()) - static_cast<double>(before);
        catalog.reset();

        before = heapInUse();
        {
            // The loader and its parsed JSON die with this scope; only the catalog stays.
            auto result = bench::loadWithBuiltIn(files);
            if (!result) {
                state.SkipWithError("the generated catalog does not load");
                break;
            }
            catalog = std::move(result).value();
        }
        largeBytes = static_cast<double>(heapInUse()) - static_cast<double>(before);
        census = {};
        for (qsizetype i = builtInRoleCount(); i < catalog->roles().size(); ++i) {
            census.add(catalog->roles().at(i));
        }
        catalog.reset();
    }
    const double perRole = (largeBytes - builtInBytes) / kLargeCatalog;
    state.counters["bytes_per_role"] = perRole;
    state.counters["total_MB"] = largeBytes / 1e6;
    state.counters["builtin_KB"] = builtInBytes / 1e3;
    state.counters["strings_per_role"] = census.strings / kLargeCatalog;
    state.counters["text_bytes_per_role"] = census.stringBytes / kLargeCatalog;
    state.counters["lists_per_role"] = census.lists / kLargeCatalog;
    setLabel(state, QStringLiteral("heap held by the built-in catalog + %1 generated roles: "
                                   "%2 KiB per generated role (target: under 20 KiB, %3)")
                        .arg(kLargeCatalog)
                        .arg(perRole / 1024.0, 0, 'f', 1)
                        .arg(perRole < kTargetBytesPerRole ? QStringLiteral("met")
                                                           : QStringLiteral("NOT met")));
}
// Not a timing: one measurement per run.
BENCHMARK(coreMemory)->Iterations(1)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    for (const int roles : {0, kLargeCatalog}) {
        for (const auto &path : ScenarioFile::examples()) {
            const QString name =
                QStringLiteral("advise/%1/%2")
                    .arg(roles == 0 ? QStringLiteral("builtin")
                                    : QStringLiteral("generated_%1").arg(roles))
                    .arg(QFileInfo(path).fileName().section(QLatin1Char('.'), 0, 0));
            benchmark::RegisterBenchmark(name.toStdString().c_str(), [roles, path](
                                                                         benchmark::State &state) {
                advise(state, roles, path);
            })->Unit(benchmark::kMicrosecond);
        }
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
