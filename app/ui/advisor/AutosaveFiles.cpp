#include "ui/advisor/AutosaveFiles.h"

#include "scenario/ScenarioFile.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace rolelens {
namespace {

QString &folderOverride()
{
    static QString folder;
    return folder;
}

} // namespace

QString AutosaveFiles::folder()
{
    return folderOverride().isEmpty()
               ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               : folderOverride();
}

void AutosaveFiles::setFolder(const QString &folder)
{
    folderOverride() = folder;
}

QString AutosaveFiles::scenarioPath()
{
    return QDir(folder()).filePath(QStringLiteral("autosave") + ScenarioFile::fileSuffix());
}

QString AutosaveFiles::originPath()
{
    return QDir(folder()).filePath(QStringLiteral("autosave.origin"));
}

void AutosaveFiles::remove()
{
    QFile::remove(scenarioPath());
    QFile::remove(originPath());
}

} // namespace rolelens
