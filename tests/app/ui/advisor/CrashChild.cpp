// The program CrashRecoveryTest kills: it opens the main window, edits the advisor's
// scenario as a user would, waits until the autosave is on disk, prints the scenario it
// holds (one line of JSON) and "ready", then waits for SIGKILL.
//   rolelens_crash_child AUTOSAVE_FOLDER SETTINGS_FOLDER
#include "catalog/CatalogLoader.h"
#include "scenario/ScenarioFile.h"
#include "ui/advisor/AdvisorView.h"
#include "ui/advisor/AutosaveFiles.h"
#include "ui/advisor/CheckList.h"
#include "ui/advisor/ScenarioForm.h"
#include "ui/advisor/ScenarioSession.h"
#include "ui/window/Dialogs.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    using namespace rolelens;
    if (argc != 3) {
        std::fputs("usage: rolelens_crash_child AUTOSAVE_FOLDER SETTINGS_FOLDER\n", stderr);
        return 2;
    }
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, QString::fromLocal8Bit(argv[2]));
    QApplication::setOrganizationName(QStringLiteral("RoleLensTests"));
    QApplication::setApplicationName(QStringLiteral("RoleLensCrashChild"));
    QApplication app(argc, argv);
    Dialogs::setNonInteractive(true);
    AutosaveFiles::setFolder(QString::fromLocal8Bit(argv[1]));

    CatalogLoader loader;
    loader.addBuiltIn();
    MainWindow window(loader.finish().value());
    window.restoreSettings();
    window.show();
    window.showView(MainWindow::View::Advisor);
    window.scenarioSession()->openExample(ScenarioFile::examples().constFirst());

    ScenarioForm *form = window.advisorView()->form();
    form->businessName()->setText(QStringLiteral("Corner Bakery – edited before the crash"));
    form->targetFollowers()->setValue(2000);
    form->goals()->setChecked(QStringLiteral("long-term-presence"), true);

    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!QFileInfo::exists(AutosaveFiles::scenarioPath())) {
            return;
        }
        poll.stop();
        const QByteArray json =
            QJsonDocument::fromJson(ScenarioFile::toJson(window.advisorView()->scenario()))
                .toJson(QJsonDocument::Compact);
        std::printf("%s\nready\n", json.constData());
        std::fflush(stdout);
    });
    poll.start(50);
    return QApplication::exec();
}
