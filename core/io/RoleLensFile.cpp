#include "io/RoleLensFile.h"

#include "scenario/ScenarioFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rolelens {

Result<RoleLensFile::Kind> RoleLensFile::kindOf(const QString &path)
{
    const auto problem = [&path](const QString &message) {
        return Diagnostics{{path, 0, 0, {}, message}};
    };
    const QFileInfo info(path);
    if (!info.exists()) {
        return problem(tr("no such file"));
    }
    if (info.isDir()) {
        return problem(tr("is a folder, not a scenario or catalog file"));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return problem(tr("cannot be read: %1").arg(file.errorString()));
    }
    const QString head = QString::fromUtf8(file.read(kHeadBytes));
    static const QRegularExpression format(QStringLiteral(R"re("format"\s*:\s*"([^"]*)")re"));
    const QRegularExpressionMatch match = format.match(head);
    const QString name = match.captured(1);
    if (name == QLatin1String("rolelens-scenario")) {
        return Kind::Scenario;
    }
    if (name == QLatin1String("rolelens-catalog")) {
        return Kind::Catalog;
    }
    if (name == QLatin1String("rolelens-catalog-translation")) {
        return problem(tr("is the translation of a catalog file, read with the file beside it; "
                          "open that file instead"));
    }
    // A damaged scenario is still one: its own reader says what is wrong, line and column.
    if (!match.hasMatch() && path.endsWith(ScenarioFile::fileSuffix(), Qt::CaseInsensitive)) {
        return Kind::Scenario;
    }
    return problem(
        match.hasMatch()
            ? tr("is not a RoleLens scenario or catalog (its \"format\" is \"%1\")").arg(name)
            : tr("is not a RoleLens scenario or catalog (no \"format\" field names "
                 "one)"));
}

} // namespace rolelens
