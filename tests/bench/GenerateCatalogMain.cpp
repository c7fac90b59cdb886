// rolelens_generate_catalog ROLES OUT_FOLDER [SEED]
//
// Writes ROLES generated roles (tests/support/CatalogGenerator.h) as OUT_FOLDER/generated-NNN.json,
// each file under the loader's size limit, then loads the built-in catalog and the written
// files with CatalogLoader, as `rolelens --catalog` would. Exits 0 when they load, 1 with every
// diagnostic when they do not, 2 on a usage or write error.

#include "catalog/CatalogLoader.h"
#include "io/AtomicFile.h"
#include "support/CatalogGenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QString>
#include <QTextStream>

#include <cstdio>

using namespace rolelens;

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool countOk = false;
    bool seedOk = true;
    const int roles = argc >= 3 ? QString::fromLocal8Bit(argv[1]).toInt(&countOk) : 0;
    const quint32 seed = argc >= 4 ? QString::fromLocal8Bit(argv[3]).toUInt(&seedOk) : 1;
    if (argc < 3 || argc > 4 || !countOk || roles < 1 || !seedOk) {
        err << "usage: rolelens_generate_catalog ROLES OUT_FOLDER [SEED]\n"
               "  writes ROLES generated roles (at least 1) as OUT_FOLDER/generated-NNN.json and\n"
               "  checks that they load after the built-in catalog; SEED defaults to 1\n";
        return 2;
    }
    const QDir folder(QString::fromLocal8Bit(argv[2]));
    if (!QDir().mkpath(folder.path())) {
        err << "cannot create the folder " << folder.path() << '\n';
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const auto files = bench::generateCatalogFiles(roles, seed);
    const qint64 generateMs = timer.elapsed();
    QStringList paths;
    qint64 totalBytes = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const QString path = folder.filePath(bench::generatedFileName(i));
        if (const auto problem = AtomicFile::write(path, files[i])) {
            err << *problem << '\n';
            return 2;
        }
        paths.append(path);
        totalBytes += files[i].size();
        out << path << ": " << files[i].size() << " bytes\n";
    }

    // Read back what is on the disk, through the same path as `rolelens --catalog FILE`.
    timer.restart();
    CatalogLoader loader;
    loader.addBuiltIn();
    for (const auto &path : std::as_const(paths)) {
        loader.addFile(path);
    }
    const auto catalog = loader.finish();
    const qint64 loadMs = timer.elapsed();
    if (!catalog) {
        for (const auto &problem : catalog.errors()) {
            err << problem.toString() << '\n';
        }
        err << catalog.errors().size() << " problem(s): the generated catalog does not load\n";
        return 1;
    }
    if (!loader.replacedEntries().isEmpty()) {
        err << "generated entries replace built-in ones: "
            << loader.replacedEntries().join(QStringLiteral(", ")) << '\n';
        return 1;
    }
    out << roles << " roles (seed " << seed << ") in " << files.size() << " file(s), "
        << QString::number(static_cast<double>(totalBytes) / (1024.0 * 1024.0), 'f', 1)
        << " MiB; generated in " << generateMs << " ms; loaded with the built-in catalog ("
        << catalog->roles().size() << " roles) in " << loadMs << " ms: OK\n";
    return 0;
}
