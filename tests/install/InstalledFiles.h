#pragma once

#include <QDir>
#include <QString>
#include <QStringList>

namespace rolelens::testing {

// What `cmake --install` and the Debian package must put under a prefix (relative to it), so
// that menus, software centres and file managers find RoleLens.
inline QStringList expectedInstalledFiles()
{
    const QString id = QStringLiteral(ROLELENS_APP_ID);
    QStringList files{
        QStringLiteral("bin/rolelens"),
        QStringLiteral("share/applications/%1.desktop").arg(id),
        QStringLiteral("share/metainfo/%1.metainfo.xml").arg(id),
        QStringLiteral("share/mime/packages/%1.xml").arg(id),
        QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(id),
        QStringLiteral("share/doc/rolelens/copyright"),
    };
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        files.append(QStringLiteral("share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(id));
    }
    return files;
}

inline QStringList missingFiles(const QString &prefix)
{
    QStringList missing;
    for (const QString &file : expectedInstalledFiles()) {
        if (!QFileInfo::exists(QDir(prefix).filePath(file))) {
            missing.append(file);
        }
    }
    return missing;
}

} // namespace rolelens::testing
