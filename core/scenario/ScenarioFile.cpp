#include "scenario/ScenarioFile.h"

#include "io/AtomicFile.h"
#include "io/InputFile.h"
#include "scenario/ScenarioParser.h"
#include "scenario/ScenarioWriter.h"

#include <QDir>

namespace rolelens {

const QString &ScenarioFile::fileSuffix()
{
    static const QString suffix = QStringLiteral(".rolelens.json");
    return suffix;
}

Result<Scenario> ScenarioFile::load(const QString &path, const Catalog &catalog)
{
    const Result<QByteArray> bytes =
        InputFile::read(path, kMaxFileBytes, tr("is a folder, not a scenario file"),
                        tr("is %1 bytes; scenario files are limited to %2 bytes"));
    if (!bytes) {
        return bytes.errors();
    }
    return parse(bytes.value(), path, catalog);
}

Result<Scenario> ScenarioFile::parse(const QByteArray &bytes, const QString &fileName,
                                     const Catalog &catalog)
{
    if (bytes.size() > kMaxFileBytes) {
        return Diagnostics{{fileName,
                            0,
                            0,
                            {},
                            tr("is %1 bytes; scenario files are limited to %2 bytes")
                                .arg(bytes.size())
                                .arg(kMaxFileBytes)}};
    }
    Diagnostics errors;
    auto scenario = ScenarioParser(fileName, catalog, errors).parse(bytes);
    if (!errors.isEmpty() || !scenario) {
        return errors;
    }
    return std::move(*scenario);
}

QStringList ScenarioFile::examples()
{
    const QDir directory(QStringLiteral(":/scenarios"));
    QStringList files;
    for (const auto &name :
         directory.entryList({QStringLiteral("*.rolelens.json")}, QDir::Files, QDir::Name)) {
        files.append(directory.filePath(name));
    }
    return files;
}

QByteArray ScenarioFile::toJson(const Scenario &scenario)
{
    return ScenarioWriter::toJson(scenario);
}

std::optional<QString> ScenarioFile::save(const QString &path, const Scenario &scenario)
{
    return AtomicFile::write(path, toJson(scenario));
}

} // namespace rolelens
