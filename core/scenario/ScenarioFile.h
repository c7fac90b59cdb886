#pragma once

#include "base/Result.h"
#include "catalog/Catalog.h"
#include "scenario/Scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rolelens {

// Reads and writes scenario files (docs/scenario-format.md). Reading checks every field and
// every id against the catalog and reports each problem with its JSON path; writing goes
// through QSaveFile, so a failed save leaves the previous file as it was.
class ScenarioFile {
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)

public:
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;
    static constexpr qsizetype kMaxTextLength = 200;
    // What a scenario's file name ends with (file dialogs, the file manager's type).
    static const QString &fileSuffix();

    static Result<Scenario> load(const QString &path, const Catalog &catalog);
    static Result<Scenario> parse(const QByteArray &bytes, const QString &fileName,
                                  const Catalog &catalog);

    // The example scenarios compiled into the program (resources/scenarios/), sorted.
    static QStringList examples();

    static QByteArray toJson(const Scenario &scenario);
    // Returns an error message naming the path and the reason, or nothing on success.
    static std::optional<QString> save(const QString &path, const Scenario &scenario);
};

} // namespace rolelens
