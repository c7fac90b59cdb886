#include "i18n/Languages.h"
#include "ui/window/Dialogs.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// GUI tests need a QApplication, but test discovery runs this binary with
// --gtest_list_tests at build time, without QT_QPA_PLATFORM: list first, then build the app.
int main(int argc, char **argv)
{
    ::testing::InitGoogleTest(&argc, argv);
    if (GTEST_FLAG_GET(list_tests)) {
        return RUN_ALL_TESTS();
    }
    // Settings go to a folder of this process's own, never the user's: CTest runs test
    // processes in parallel, and a shared settings file would let them race.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsFolder;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
    QApplication::setOrganizationName(QStringLiteral("RoleLensTests"));
    QApplication::setApplicationName(QStringLiteral("RoleLensGuiTests"));
    QApplication app(argc, argv);
    // English with its plural forms ("1 week", "2 weeks"), whatever the machine's locale.
    rolelens::Languages::use(QStringLiteral("en"));
    // No modal dialog may block a test: tests answer through Dialogs' hooks.
    rolelens::Dialogs::setNonInteractive(true);
    return RUN_ALL_TESTS();
}
