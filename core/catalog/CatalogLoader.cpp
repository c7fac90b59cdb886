#include "catalog/CatalogLoader.h"

#include "base/Logging.h"
#include "catalog/CatalogFileParser.h"
#include "catalog/CatalogTranslation.h"
#include "io/InputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace rolelens {

CatalogLoader::CatalogLoader() = default;

CatalogLoader::~CatalogLoader()
{
    // Parses still running write into m_strings and their own results; let them end first.
    if (m_threads) {
        m_threads->waitForDone();
    }
}

QStringList CatalogLoader::builtInFiles()
{
    // The built-in catalog lives in the core library's resources, so every shell (window,
    // command line, tests) sees the same data without reading the disk.
    const QDir directory(QStringLiteral(":/catalog"));
    QStringList files;
    for (const auto &name :
         directory.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        // "03-roles.de.json" translates "03-roles.json".
        if (!name.chopped(5).contains(QLatin1Char('.'))) {
            files.append(directory.filePath(name));
        }
    }
    return files;
}

Result<Catalog> CatalogLoader::load(const QStringList &extraFiles, const QString &language)
{
    CatalogLoader loader;
    loader.setLanguage(language);
    loader.addBuiltIn();
    for (const auto &file : extraFiles) {
        loader.addFile(file);
    }
    return loader.finish();
}

void CatalogLoader::setLanguage(const QString &language)
{
    m_language = language == QLatin1String("en") ? QString() : language;
}

void CatalogLoader::addBuiltIn()
{
    for (const auto &file : builtInFiles()) {
        addFile(file);
    }
}

void CatalogLoader::addFile(const QString &path)
{
    const Result<QByteArray> bytes =
        InputFile::read(path, kMaxFileBytes, tr("is a folder, not a catalog file"),
                        tr("is %1 bytes; catalog files are limited to %2 bytes"));
    if (!bytes) {
        // Reported in its place among the files' own problems.
        m_pending.push_back({bytes.errors(), nullptr, {}});
        return;
    }
    if (m_language.isEmpty()) {
        addBytes(bytes.value(), path);
        return;
    }
    const QString translationFile = CatalogTranslation::fileFor(path, m_language);
    if (!QFileInfo::exists(translationFile)) {
        logger(LogArea::Catalog)
            ->warn("no translation of {} into \"{}\" ({} is missing): its text is shown in "
                   "English",
                   path, m_language, translationFile);
        addBytes(bytes.value(), path);
        return;
    }
    const Result<QByteArray> translation = InputFile::read(
        translationFile, kMaxFileBytes, tr("is a folder, not a catalog translation file"),
        tr("is %1 bytes; catalog translation files are limited to %2 bytes"));
    if (!translation) {
        m_pending.push_back({translation.errors(), nullptr, {}});
        return;
    }
    addBytes(bytes.value(), path, translation.value(), translationFile);
}

void CatalogLoader::addBytes(const QByteArray &bytes, const QString &fileName,
                             const QByteArray &translation, const QString &translationFile)
{
    logger(LogArea::Catalog)->debug("reading catalog file {}", fileName);
    m_files.append(fileName);
    auto parsed = std::make_shared<ParsedFile>();
    parsed->fileName = fileName;
    parsed->fileIndex = static_cast<qint32>(m_files.size() - 1);
    m_pathKeys.append(QStringList());
    // The parse may outlive this call, so bytes that only borrow their storage
    // (QByteArray::fromRawData) are copied: the caller may free it once this returns.
    QByteArray owned = bytes;
    if (!owned.data_ptr().isMutable() && !owned.isEmpty()) {
        owned = QByteArray(bytes.constData(), bytes.size());
    }
    auto task = std::make_shared<std::packaged_task<void()>>(
        [parsed, owned = std::move(owned), strings = &m_strings, stop = m_stop,
         translated = CatalogFileParser::Translation{translation, translationFile, m_language}] {
            if (!stop.stop_requested()) {
                CatalogFileParser(*parsed, *strings, stop).parse(owned, translated);
            }
        });
    m_pending.push_back({{}, parsed, task->get_future()});
    if (bytes.size() < kThreadedParseBytes) {
        // Not worth a thread: the built-in files, most user files, every fuzz input.
        (*task)();
    } else {
        if (!m_threads) {
            m_threads = std::make_unique<QThreadPool>();
        }
        m_threads->start([task] { (*task)(); });
    }
    // A few files parsed ahead are enough to keep every thread busy; more would only hold
    // their bytes and parsed results in memory.
    mergePending(m_threads ? static_cast<std::size_t>(2 * m_threads->maxThreadCount()) : 0);
}

void CatalogLoader::mergePending(std::size_t keep)
{
    while (m_pending.size() > keep) {
        Pending &next = m_pending.front();
        m_errors += next.errors;
        if (next.parsed) {
            next.done.get();
            merge(*next.parsed);
        }
        m_pending.pop_front();
    }
}

void CatalogLoader::merge(ParsedFile &file)
{
    // In the order a single pass over the file would have done it: an id claimed replaces the
    // references of the entry it replaces (all from earlier files: a file cannot claim an id
    // twice), then the file's own references and entries follow.
    m_errors += file.errors;
    for (const auto &entry : std::as_const(file.untranslated)) {
        logger(LogArea::Catalog)
            ->warn("{} of {} has no translation into \"{}\": shown in English", entry,
                   file.fileName, m_language);
        m_untranslated.append(entry + QStringLiteral(" of ") + file.fileName);
    }
    for (const auto &claim : std::as_const(file.claims)) {
        noteReplacement(claim.owner, file.fileName);
        m_ownerPaths.insert(claim.owner, claim.path);
    }
    m_references.append(std::move(file.references));
    file.references = {};
    m_pathKeys[file.fileIndex] = std::move(file.pathKeys);
    for (auto &source : file.sources) {
        m_catalog.addOrReplaceSource(std::move(source));
    }
    for (auto &metric : file.metrics) {
        m_catalog.addOrReplaceMetric(std::move(metric));
    }
    for (auto &role : file.roles) {
        m_catalog.addOrReplaceRole(std::move(role));
    }
    for (auto &disagreement : file.disagreements) {
        m_catalog.addOrReplaceDisagreement(std::move(disagreement));
    }
    for (auto &goal : file.goals) {
        m_catalog.addOrReplaceGoal(std::move(goal));
    }
    for (auto &task : file.tasks) {
        m_catalog.addOrReplaceTask(std::move(task));
    }
    for (auto &benchmark : file.benchmarks) {
        m_catalog.addOrReplaceBenchmark(std::move(benchmark));
    }
    for (auto &guidance : file.guidance) {
        m_catalog.addOrReplaceGuidance(std::move(guidance));
    }
    for (auto &kind : file.workKinds) {
        m_catalog.addOrReplaceWorkKind(std::move(kind));
    }
}

void CatalogLoader::noteReplacement(const QString &owner, const QString &file)
{
    const auto previous = m_ownerFiles.constFind(owner);
    if (previous != m_ownerFiles.constEnd() && *previous != file) {
        logger(LogArea::Catalog)
            ->info("{} from {} replaces the one from {}", owner, file, *previous);
        m_replaced.append(owner);
        // The replaced entry's references no longer matter; the new entry brings its own.
        m_references.removeIf([&](const Reference &ref) { return ref.owner == owner; });
    }
    m_ownerFiles.insert(owner, file);
}

QString CatalogLoader::pathOf(const Reference &reference) const
{
    const QStringList &keys = m_pathKeys.at(reference.file);
    JsonPath path(reference.prefix);
    for (int i = 0; i < reference.stepCount; ++i) {
        const quint32 step = reference.steps[static_cast<std::size_t>(i)];
        path = (step & Reference::kElement) != 0 ? path.element(step & ~Reference::kElement)
                                                 : path.member(keys.at(step));
    }
    return path.toString();
}

Result<Catalog> CatalogLoader::finish()
{
    mergePending();
    Diagnostics errors = m_errors;
    for (const auto &ref : std::as_const(m_references)) {
        switch (ref.kind) {
        case Reference::Kind::Source: {
            const Source *source = m_catalog.source(ref.id);
            if (!source) {
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("unknown source \"%1\"").arg(ref.id)});
            } else if (source->kind == Source::Kind::Article && !ref.hasQuote) {
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("a citation of the article \"%1\" must quote the statement "
                                  "that supports it")
                                   .arg(ref.id)});
            } else if (source->kind == Source::Kind::PublishedBenchmark && !ref.hasQuote) {
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("a citation of the published benchmark \"%1\" must quote the "
                                  "report's words")
                                   .arg(ref.id)});
            }
            break;
        }
        case Reference::Kind::BenchmarkSource: {
            // Its quote is checked where the benchmark is read: a benchmark always has one.
            const Source *source = m_catalog.source(ref.id);
            if (!source) {
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("unknown source \"%1\"").arg(ref.id)});
            } else if (source->kind != Source::Kind::PublishedBenchmark) {
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("\"%1\" is a source of kind %2; a benchmark must cite a "
                                  "source of kind published-benchmark")
                                   .arg(ref.id, Source::kindKey(source->kind))});
            }
            break;
        }
        case Reference::Kind::Metric:
            if (!m_catalog.metric(ref.id)) {
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("unknown metric \"%1\"").arg(ref.id)});
            }
            break;
        case Reference::Kind::Role:
            if (!m_catalog.role(ref.id)) {
                const QStringList closest = m_catalog.closestRoleIds(ref.id);
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("unknown role \"%1\" (closest known: %2)")
                                   .arg(ref.id, closest.join(QStringLiteral(", ")))});
            }
            break;
        case Reference::Kind::Task:
            if (!m_catalog.task(ref.id)) {
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("unknown task \"%1\"").arg(ref.id)});
            }
            break;
        case Reference::Kind::Disagreement:
            if (!m_catalog.disagreement(ref.id)) {
                errors.append({m_files.at(ref.file), 0, 0, pathOf(ref),
                               tr("unknown disagreement \"%1\"").arg(ref.id)});
            }
            break;
        }
    }

    // Hierarchy links are stated on both ends; they must agree, or the profile of one role
    // would contradict the other's.
    for (const auto &role : m_catalog.roles()) {
        if (role.supervises.isEmpty() && role.reportsTo.isEmpty()) {
            continue;
        }
        const QString owner = QStringLiteral("role ") + role.id;
        const QString file = m_ownerFiles.value(owner);
        const JsonPath path = m_ownerPaths.value(owner);
        for (const QString &supervised : RoleLink::idsOf(role.supervises)) {
            const Role *other = m_catalog.role(supervised);
            if (supervised == role.id) {
                errors.append({file, 0, 0, path.member(QStringLiteral("supervises")).toString(),
                               tr("a role cannot supervise itself")});
            } else if (other && !RoleLink::names(other->reportsTo, role.id)) {
                errors.append({file, 0, 0, path.member(QStringLiteral("supervises")).toString(),
                               tr("\"%1\" supervises \"%2\", but \"%2\" does not list \"%1\" in "
                                  "reportsTo")
                                   .arg(role.id, supervised)});
            }
        }
        for (const QString &manager : RoleLink::idsOf(role.reportsTo)) {
            const Role *other = m_catalog.role(manager);
            if (manager == role.id) {
                errors.append({file, 0, 0, path.member(QStringLiteral("reportsTo")).toString(),
                               tr("a role cannot report to itself")});
            } else if (other && !RoleLink::names(other->supervises, role.id)) {
                errors.append({file, 0, 0, path.member(QStringLiteral("reportsTo")).toString(),
                               tr("\"%1\" reports to \"%2\", but \"%2\" does not list \"%1\" in "
                                  "supervises")
                                   .arg(role.id, manager)});
            }
        }
    }

    // A task is done by the roles that list one of its responsibilities; the role it names
    // as handling it must be one of them, or the advice would send the owner to a role
    // whose own profile says nothing of the task.
    // Collected once: at 20,000 roles, asking every role for every responsibility of every
    // task would dominate the check.
    QSet<QString> listedResponsibilities;
    if (!m_catalog.tasks().isEmpty()) {
        for (const auto &role : m_catalog.roles()) {
            for (const auto &item : role.responsibilities) {
                listedResponsibilities.insert(item.id);
            }
        }
    }
    for (const auto &task : m_catalog.tasks()) {
        const QString owner = QStringLiteral("task ") + task.id;
        const QString file = m_ownerFiles.value(owner);
        const JsonPath path = m_ownerPaths.value(owner);
        for (const auto &responsibility : task.responsibilities) {
            if (!listedResponsibilities.contains(responsibility)) {
                errors.append({file, 0, 0,
                               path.member(QStringLiteral("responsibilities")).toString(),
                               tr("no role lists the responsibility \"%1\"").arg(responsibility)});
            }
        }
        const Role *handler = m_catalog.role(task.handledBy);
        if (handler && handler->responsibilityNames(task.responsibilities).isEmpty()) {
            errors.append(
                {file, 0, 0, path.member(QStringLiteral("handledBy")).toString(),
                 tr("\"%1\" lists none of the task's responsibilities").arg(task.handledBy)});
        }
    }

    if (!errors.isEmpty()) {
        return errors;
    }
    if (m_catalog.roles().isEmpty()) {
        // No single file is to blame: name them all.
        return Diagnostics{{{},
                            0,
                            0,
                            {},
                            tr("no role in any of the catalog files read (%1)")
                                .arg(m_files.join(QStringLiteral(", ")))}};
    }
    m_catalog.squeeze();
    return m_catalog;
}

} // namespace rolelens
