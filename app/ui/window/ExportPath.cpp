#include "ui/window/ExportPath.h"

#include "ui/window/Dialogs.h"
#include "ui/window/Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMainWindow>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace rolelens {

QString ExportPath::fileNameOf(const QString &title)
{
    QString name = title.toLower();
    // Letters of every language stay ("communauté"); spaces and punctuation become dashes.
    static const QRegularExpression between(QStringLiteral("[^\\w]+"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    name.replace(between, QStringLiteral("-"));
    // Nor does a closing quote leave one at the end.
    while (name.endsWith(QLatin1Char('-'))) {
        name.chop(1);
    }
    while (name.startsWith(QLatin1Char('-'))) {
        name.remove(0, 1);
    }
    return name;
}

QString ExportPath::ask(QWidget *parent, const QString &caption, const QString &title,
                        const QString &suffix, const QString &filter)
{
    QString folder = Settings::value(Settings::Key::ExportFolder).toString();
    if (folder.isEmpty()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    }
    const QString dotted = QLatin1Char('.') + suffix;
    QString path = Dialogs::saveFileName(parent, caption,
                                         QDir(folder).filePath(fileNameOf(title) + dotted), filter);
    if (path.isEmpty()) {
        return {};
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += dotted;
    }
    Settings::setValue(Settings::Key::ExportFolder, QFileInfo(path).absolutePath());
    return path;
}

bool ExportPath::report(QMainWindow &window, const QString &caption, const QString &path,
                        const QString &error, const QString &saved)
{
    // Messages stay up long enough to read a path.
    constexpr int kShownMs = 10000;
    if (!error.isEmpty()) {
        Dialogs::warning(&window, caption, error);
        window.statusBar()->showMessage(error, kShownMs);
        return false;
    }
    window.statusBar()->showMessage(
        saved.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : saved, kShownMs);
    return true;
}

} // namespace rolelens
